package ilium.exercises;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

/**
 * A protocol's content: creates a protocol, or (PUT) saves its next version.
 */
public record SaveProtocol(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 10000) String description,
		@NotNull @Size(max = 50) List<@NotNull @Valid Item> exercises,
		@Nullable @Size(max = 5) List<@NotNull EducationTopic> educationTopics,
		@Nullable @Size(max = 20) List<@NotNull @Valid ManualTherapySuggestion> manualTherapy,
		@Nullable Boolean beltRule, @Nullable @Range(min = 1, max = 7) Integer visitsPerWeek,
		@Nullable @Range(min = 1, max = 52) Integer durationWeeks) {

	/**
	 * One exercise of the protocol; a dose field left out takes the exercise's default.
	 */
	public record Item(@NotNull UUID exerciseId, @Nullable @Range(min = 1, max = 10) Integer sets,
			@Nullable @Range(min = 1, max = 50) Integer reps, @Nullable @Range(min = 0, max = 300) Integer holdSeconds,
			@Nullable @Range(min = 1, max = 5) Integer timesPerDay,
			@Nullable @Range(min = 1, max = 7) Integer daysPerWeek, @Nullable ExerciseSide side,
			@Nullable @Valid Progression progression, @Nullable @Size(max = 10000) String instructions) {

		Dosage over(Dosage exerciseDefault) {
			return exerciseDefault.with(sets, reps, holdSeconds, timesPerDay, daysPerWeek, side, progression);
		}

	}

}
