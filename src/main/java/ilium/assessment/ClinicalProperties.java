package ilium.assessment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Clinical settings ({@code ilium.clinical}).
 *
 * @param screeningValidDays DOMAIN.md: a plan is activated or resumed only when the
 * patient's latest screening was taken at most this many days before (default 30,
 * {@code ILIUM_CLINICAL_SCREENING_VALID_DAYS})
 */
@ConfigurationProperties("ilium.clinical")
record ClinicalProperties(@DefaultValue("30") int screeningValidDays) {

	ClinicalProperties {
		if (screeningValidDays < 0 || screeningValidDays > 365) {
			throw new IllegalArgumentException("ilium.clinical.screening-valid-days must be between 0 and 365");
		}
	}

}
