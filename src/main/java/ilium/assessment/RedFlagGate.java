package ilium.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.shared.ClinicProperties;

/**
 * DOMAIN.md: the red-flag gate guards every door to treatment. A patient with a referral
 * that no physician has cleared may be seen and documented, but not treated: no manual
 * therapy, no exercises, no timed services. Other modules ask here before they record
 * treatment.
 */
@Service
public class RedFlagGate {

	private final ScreeningRepository screenings;

	private final ClinicalProperties clinical;

	private final ClinicProperties clinic;

	private final Clock clock;

	RedFlagGate(ScreeningRepository screenings, ClinicalProperties clinical, ClinicProperties clinic, Clock clock) {
		this.screenings = screenings;
		this.clinical = clinical;
		this.clinic = clinic;
		this.clock = clock;
	}

	/** Whether the patient has a referral that no physician has cleared yet. */
	@Transactional(readOnly = true)
	public boolean hasUnresolvedReferral(UUID patientId) {
		return !screenings.unresolved(patientId).isEmpty();
	}

	/**
	 * 422 {@code unresolved-red-flags}, naming the flags, while the patient has a
	 * referral that no physician has cleared.
	 */
	@Transactional(readOnly = true)
	public void requireNoUnresolvedReferral(UUID patientId) {
		List<ScreeningView> unresolved = screenings.unresolved(patientId);
		if (!unresolved.isEmpty()) {
			throw UnresolvedRedFlagsException.of(unresolved);
		}
	}

	/**
	 * The gate at the start or restart of treatment (activation, resume): no referral
	 * left uncleared ({@code unresolved-red-flags}), and a screening taken at most
	 * {@code ilium.clinical.screening-valid-days} before today, clinic-local
	 * ({@code screening-required}). Both 422.
	 */
	public void requireClearedToStartTreatment(UUID patientId) {
		requireNoUnresolvedReferral(patientId);
		ScreeningView latest = screenings.latest(patientId).orElseThrow(UnresolvedRedFlagsException::noScreening);
		LocalDate today = LocalDate.now(clock.withZone(clinic.timeZone()));
		if (latest.screenedOn().isBefore(today.minusDays(clinical.screeningValidDays()))) {
			throw UnresolvedRedFlagsException.outOfDate(latest, clinical.screeningValidDays());
		}
	}

}
