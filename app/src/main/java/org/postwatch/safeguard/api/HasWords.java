package org.postwatch.safeguard.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.postwatch.safeguard.CheckRequest;

/**
 * The text has words to check: not only spaces, no-break spaces or zero-width characters ({@link
 * CheckRequest#hasWords}). A missing text is {@code @NotNull}'s to report.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HasWords.Validator.class)
@interface HasWords {

    String message() default "The text is blank: give the words to check";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<HasWords, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || CheckRequest.hasWords(value);
        }
    }
}
