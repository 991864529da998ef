package io.cityplan.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** The dataset as the application ships it, read without a database. */
final class ShippedDataset {

    static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private ShippedDataset() {
    }

    static Dataset read() {
        return new DatasetReader(ShippedDataset::file, VALIDATOR).read();
    }

    static byte[] file(String name) {
        try (var in = ShippedDataset.class.getClassLoader().getResourceAsStream("data/" + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
