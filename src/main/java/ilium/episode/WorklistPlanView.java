package ilium.episode;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ilium.treatment.PayerProfile;

/**
 * One plan on the compliance worklist (EPISODE.md HTTP) with its items, earliest
 * {@code date} first; {@code enforced} when the payer is Medicare Part B.
 */
public record WorklistPlanView(UUID planId, UUID patientId, UUID therapistId, @Nullable PayerProfile payerProfile,
		boolean enforced, List<Item> items) {

	/**
	 * What to do and by when: the interval's end, the missed deadline, the period's
	 * start, the due date, the last treatment day or the adherence entry's day;
	 * {@code treatmentDaysInPeriod} for progress-report items.
	 */
	public record Item(WorklistCode code, LocalDate date, @Nullable Integer treatmentDaysInPeriod) {
	}

}
