package io.cityplan.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/**
 * A natural key as cityplan writes them: 130104, SJZ-HTZ, sjz-capital-plan-2021. Checked before any query runs, so
 * that text no key can match (control characters, megabytes of it) is an invalid argument, not a database error.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = Code.PATTERN)
@ReportAsSingleViolation
@Target({ PARAMETER, FIELD })
@Retention(RUNTIME)
public @interface Code {

    /** What a code may be. */
    String PATTERN = "[A-Za-z0-9._-]{1,64}";

    String message() default "must be a code of 1 to 64 letters, digits, '.', '_' or '-'";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
