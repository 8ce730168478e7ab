package ilium.visits;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import ilium.billing.EvaluationComplexity;

/**
 * The content of a visit note, as written while it is a draft (POST creates it, PUT
 * replaces it whole). A draft may be partial; signing needs the four SOAP fields.
 *
 * @param subjective what the patient reports (≤ 10 000 characters)
 * @param objective what the therapist found (≤ 10 000)
 * @param assessment the therapist's judgement (≤ 10 000)
 * @param plan what comes next (≤ 10 000)
 * @param painBefore pain (NPRS 0..10) at the start of the visit
 * @param painAfter pain (NPRS 0..10) at the end of the visit
 * @param exercisesPerformed exercises done during the visit, at most 30
 * @param manualTherapy manual techniques given during the visit, at most 20
 * @param treatmentPlanId the patient's plan the visit is given under (EPISODE.md R5)
 * @param services the billed services, one line per code, at most 8
 * @param preferredForRemainder the timed code of {@code services} that wins an equal
 * remainder on its date of service (R3 step 3)
 * @param totalTreatmentMinutes the visit's whole treatment time, timed and untimed,
 * 1..600
 * @param evaluationComplexity the four components of an initial evaluation (R6)
 */
public record DraftVisitNote(@Nullable @Size(max = 10_000) String subjective,
		@Nullable @Size(max = 10_000) String objective, @Nullable @Size(max = 10_000) String assessment,
		@Nullable @Size(max = 10_000) String plan, @Nullable @Min(0) @Max(10) Integer painBefore,
		@Nullable @Min(0) @Max(10) Integer painAfter,
		@Nullable @Size(max = 30) List<@Valid @NotNull ExercisePerformed> exercisesPerformed,
		@Nullable @Size(max = 20) List<@Valid @NotNull ManualTherapyEntry> manualTherapy,
		@Nullable UUID treatmentPlanId, @Nullable @Size(max = 8) List<@Valid @NotNull ServiceLine> services,
		@Nullable String preferredForRemainder, @Nullable @Min(1) @Max(600) Integer totalTreatmentMinutes,
		@Nullable @Valid EvaluationComplexity evaluationComplexity) {

	public DraftVisitNote {
		// Null elements are kept for bean validation to name (List.copyOf would fail
		// first).
		exercisesPerformed = exercisesPerformed == null ? List.of()
				: Collections.unmodifiableList(new ArrayList<>(exercisesPerformed));
		manualTherapy = manualTherapy == null ? List.of()
				: Collections.unmodifiableList(new ArrayList<>(manualTherapy));
		services = services == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(services));
	}

	/**
	 * Fails with 400 naming the field when a manual-therapy entry breaks the grade or
	 * side rules, or a service line the code rules (EPISODE.md R5).
	 */
	void requireConsistent() {
		for (int index = 0; index < manualTherapy.size(); index++) {
			manualTherapy.get(index).requireConsistent(index);
		}
		ServiceLine.requireWellFormed(services, preferredForRemainder);
	}

	/**
	 * Whether the note records treatment given (manual therapy, exercises or a timed
	 * service), which the red-flag gate guards; a note without any only documents the
	 * visit.
	 */
	boolean recordsTreatment() {
		return !manualTherapy.isEmpty() || !exercisesPerformed.isEmpty()
				|| services.stream().anyMatch(ServiceLine::timed);
	}

	/** The minutes of the timed service lines, added up (97164's never count). */
	int timedMinutes() {
		return services.stream().mapToInt(ServiceLine::timedMinutes).sum();
	}

	/** The manual therapy minutes of the note, added up. */
	int manualTherapyMinutes() {
		return manualTherapy.stream().mapToInt(ManualTherapyEntry::minutes).sum();
	}

	/** The SOAP fields a signature needs that are still empty. */
	List<String> missingForSignature() {
		return java.util.stream.Stream
			.of(new Field("subjective", subjective), new Field("objective", objective),
					new Field("assessment", assessment), new Field("plan", plan))
			.filter(field -> field.value() == null || field.value().isBlank())
			.map(Field::name)
			.toList();
	}

	private record Field(String name, @Nullable String value) {
	}

}
