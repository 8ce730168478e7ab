package ilium.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.jspecify.annotations.Nullable;

/**
 * A National Provider Identifier, when one is given: ten digits whose last is the check
 * digit (CMS, "Requirements for the NPI check digit": the Luhn formula over {@code 80840}
 * followed by the first nine digits). The one rule for every NPI the service takes (a
 * physician's clearance, a referral, a therapist); PostgreSQL's {@code npi_is_valid}
 * holds the same rule for the stored columns. {@code null} is valid: whether an NPI is
 * required is the field's own {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = Npi.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
		ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface Npi {

	String message() default "is not a valid NPI (its check digit does not match)";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Validates a text as an NPI, saying which part of the rule it breaks. */
	final class Check implements ConstraintValidator<Npi, String> {

		@Override
		public boolean isValid(@Nullable String npi, ConstraintValidatorContext context) {
			if (npi == null) {
				return true;
			}
			if (!npi.matches("[0-9]{10}")) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("must be 10 digits").addConstraintViolation();
				return false;
			}
			return checkDigitMatches(npi);
		}

		/** Whether the last of the ten digits is the check digit of the first nine. */
		private static boolean checkDigitMatches(String npi) {
			String digits = "80840" + npi;
			int sum = 0;
			for (int i = 0; i < digits.length(); i++) {
				int digit = digits.charAt(digits.length() - 1 - i) - '0';
				int weighted = i % 2 == 1 ? digit * 2 : digit;
				sum += weighted > 9 ? weighted - 9 : weighted;
			}
			return sum % 10 == 0;
		}

	}

}
