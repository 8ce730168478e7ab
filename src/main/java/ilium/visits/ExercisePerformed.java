package ilium.visits;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * An exercise the patient did during the visit, with the dose actually done.
 *
 * @param exerciseId the exercise in the clinic's library, when it came from there (kept
 * as written; the library may change later, the note does not)
 * @param name the exercise as the therapist names it (≤ 200 characters)
 * @param sets sets done, 1..20
 * @param reps repetitions per set, 1..100
 * @param holdSeconds hold per repetition in seconds, 1..600
 */
public record ExercisePerformed(@Nullable UUID exerciseId, @NotBlank @Size(max = 200) String name,
		@Nullable @Min(1) @Max(20) Integer sets, @Nullable @Min(1) @Max(100) Integer reps,
		@Nullable @Min(1) @Max(600) Integer holdSeconds) {
}
