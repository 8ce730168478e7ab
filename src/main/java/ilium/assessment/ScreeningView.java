package ilium.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A recorded screening: the answers, the flags they raised, the disposition, and the
 * physician's clearance once recorded. {@code resolved} is true when it is clear to treat
 * or cleared. {@code screenedOn} is the clinic-local day it was taken.
 */
public record ScreeningView(UUID id, UUID patientId, LocalDate screenedOn, Instant recordedAt, UUID recordedBy,
		boolean fever, boolean lowBackOrButtockPain, boolean deepThighPain, boolean difficultyWalking,
		boolean saddleAnesthesia, boolean bladderOrBowelDysfunction, boolean progressiveNeurologicalDeficit,
		boolean historyOfCancer, boolean unexplainedWeightLoss, boolean majorTrauma,
		boolean immunosuppressionOrIvDrugUse, @Nullable PainSide painSide, List<PainLocation> painLocations,
		List<Symptom> symptoms, List<ContributingFactor> contributingFactors, @Nullable Integer nprs,
		List<RedFlag> redFlags, Disposition disposition, @Nullable Clearance clearance, boolean resolved) {

	/**
	 * A physician's clearance of a referral.
	 *
	 * @param clearedBy the physician
	 * @param clearedByNpi the physician's National Provider Identifier, when given
	 * @param clearedOn the date the physician cleared the patient
	 * @param note optional remarks
	 * @param recordedAt when it was entered
	 * @param recordedBy the staff account that entered it
	 */
	public record Clearance(String clearedBy, @Nullable String clearedByNpi, LocalDate clearedOn, @Nullable String note,
			Instant recordedAt, UUID recordedBy) {
	}

}
