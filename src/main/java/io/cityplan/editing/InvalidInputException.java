package io.cityplan.editing;

import io.cityplan.common.InvalidArgumentException;

/** A value of a mutation's input that breaks the dataset's rules; {@code extensions.field} names the field at fault. */
public class InvalidInputException extends InvalidArgumentException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
