package ilium.visits;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

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
 */
public record DraftVisitNote(@Nullable @Size(max = 10_000) String subjective,
		@Nullable @Size(max = 10_000) String objective, @Nullable @Size(max = 10_000) String assessment,
		@Nullable @Size(max = 10_000) String plan, @Nullable @Min(0) @Max(10) Integer painBefore,
		@Nullable @Min(0) @Max(10) Integer painAfter,
		@Nullable @Size(max = 30) List<@Valid @NotNull ExercisePerformed> exercisesPerformed,
		@Nullable @Size(max = 20) List<@Valid @NotNull ManualTherapyEntry> manualTherapy) {

	public DraftVisitNote {
		// Null elements are kept for bean validation to name (List.copyOf would fail
		// first).
		exercisesPerformed = exercisesPerformed == null ? List.of()
				: Collections.unmodifiableList(new ArrayList<>(exercisesPerformed));
		manualTherapy = manualTherapy == null ? List.of()
				: Collections.unmodifiableList(new ArrayList<>(manualTherapy));
	}

	/**
	 * Fails with 400 naming the field when a manual-therapy entry breaks the grade or
	 * side rules.
	 */
	void requireConsistent() {
		for (int index = 0; index < manualTherapy.size(); index++) {
			manualTherapy.get(index).requireConsistent(index);
		}
	}

	/**
	 * Whether the note records treatment given (manual therapy or exercises), which the
	 * red-flag gate guards; a note without either only documents the visit.
	 */
	boolean recordsTreatment() {
		return !manualTherapy.isEmpty() || !exercisesPerformed.isEmpty();
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
