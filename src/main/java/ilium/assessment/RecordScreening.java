package ilium.assessment;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

/**
 * A red-flag screening's answers. Every question is answered true or false: a missing one
 * is a 400, never taken as "no". {@code screenedOn} is the clinic-local day the patient
 * was screened (today when left out; not in the future, at most a year back).
 */
public record RecordScreening(@NotNull Boolean fever, @NotNull Boolean lowBackOrButtockPain,
		@NotNull Boolean deepThighPain, @NotNull Boolean difficultyWalking, @NotNull Boolean saddleAnesthesia,
		@NotNull Boolean bladderOrBowelDysfunction, @NotNull Boolean progressiveNeurologicalDeficit,
		@NotNull Boolean historyOfCancer, @NotNull Boolean unexplainedWeightLoss, @NotNull Boolean majorTrauma,
		@NotNull Boolean immunosuppressionOrIvDrugUse, @Nullable PainSide painSide,
		@Nullable @Size(max = 6) List<@NotNull PainLocation> painLocations,
		@Nullable @Size(max = 5) List<@NotNull Symptom> symptoms,
		@Nullable @Size(max = 12) List<@NotNull ContributingFactor> contributingFactors,
		@Nullable @Range(min = 0, max = 10) Integer nprs, @Nullable LocalDate screenedOn) {

	/** The answers of a screening taken today. */
	RecordScreening(Boolean fever, Boolean lowBackOrButtockPain, Boolean deepThighPain, Boolean difficultyWalking,
			Boolean saddleAnesthesia, Boolean bladderOrBowelDysfunction, Boolean progressiveNeurologicalDeficit,
			Boolean historyOfCancer, Boolean unexplainedWeightLoss, Boolean majorTrauma,
			Boolean immunosuppressionOrIvDrugUse, @Nullable PainSide painSide,
			@Nullable List<PainLocation> painLocations, @Nullable List<Symptom> symptoms,
			@Nullable List<ContributingFactor> contributingFactors, @Nullable Integer nprs) {
		this(fever, lowBackOrButtockPain, deepThighPain, difficultyWalking, saddleAnesthesia, bladderOrBowelDysfunction,
				progressiveNeurologicalDeficit, historyOfCancer, unexplainedWeightLoss, majorTrauma,
				immunosuppressionOrIvDrugUse, painSide, painLocations, symptoms, contributingFactors, nprs, null);
	}

	public RecordScreening {
		painLocations = painLocations == null ? List.of() : painLocations.stream().distinct().toList();
		symptoms = symptoms == null ? List.of() : symptoms.stream().distinct().toList();
		contributingFactors = contributingFactors == null ? List.of()
				: contributingFactors.stream().distinct().toList();
	}

	/**
	 * The red flags these answers raise, in the table's order: the same rule a recorded
	 * screening keeps, asked before it is recorded (the chart shows it as the answers
	 * come in).
	 */
	public List<RedFlag> redFlags() {
		return RedFlag.raisedBy(this);
	}

	/** What these answers mean for treatment: the most urgent of their flags. */
	public Disposition disposition() {
		return Disposition.of(redFlags());
	}

	boolean hasFactor(ContributingFactor factor) {
		return contributingFactors.contains(factor);
	}

}
