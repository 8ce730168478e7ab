package ilium.charges;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

import ilium.billing.BillingFlag;
import ilium.billing.Modifier;
import ilium.treatment.PayerProfile;

/**
 * One line of the charges report (EPISODE.md HTTP): a billing line with at least one
 * unit, as its billing day counts it, with who rendered it and the plan's diagnosis.
 *
 * @param renderingTherapistNpi the rendering therapist's NPI, null when not recorded
 * @param modifiers the line's modifiers ({@code GP}, {@code KX})
 * @param diagnosisCode the plan's ICD-10-CM diagnosis
 * @param flags the billing day's flags, sorted
 */
@JsonPropertyOrder({ "dateOfService", "patientId", "renderingTherapistId", "renderingTherapistNpi", "payerProfile",
		"cpt", "modifiers", "units", "diagnosisCode", "flags" })
public record ChargeRow(LocalDate dateOfService, UUID patientId, UUID renderingTherapistId,
		@Nullable String renderingTherapistNpi, PayerProfile payerProfile, String cpt, List<Modifier> modifiers,
		int units, String diagnosisCode, List<BillingFlag> flags) {
}
