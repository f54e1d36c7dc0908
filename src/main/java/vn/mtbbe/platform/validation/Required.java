package vn.mtbbe.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotBlank;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Text that must be given. The project's own constraints wrap the standard ones so that messages come from
 * our bundles, and because Payara's OpenAPI scanner fails on standard constraints on record components.
 */
@NotBlank
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface Required {

    String message() default "{validation.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
