package ilium.treatment;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DOMAIN.md: the red-flag gate guards every door to treatment. A patient with a referral
 * that no physician has cleared may be seen and documented, but not treated: no manual
 * therapy, no exercises, no timed services. Other modules ask here before they record
 * treatment.
 */
@Service
public class RedFlagGate {

	private final ScreeningRepository screenings;

	RedFlagGate(ScreeningRepository screenings) {
		this.screenings = screenings;
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

}
