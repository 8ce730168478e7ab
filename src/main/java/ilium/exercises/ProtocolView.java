package ilium.exercises;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One version of a protocol. Versions never change once saved, so a plan that names
 * {@code (id, version)} always finds what it was made from.
 */
public record ProtocolView(UUID id, int version, String name, @Nullable String description,
		List<ProtocolExerciseView> exercises, List<EducationTopic> educationTopics,
		List<ManualTherapySuggestion> manualTherapy, boolean beltRule, @Nullable Integer visitsPerWeek,
		@Nullable Integer durationWeeks) {

	ProtocolView with(List<ProtocolExerciseView> exercises, List<ManualTherapySuggestion> manualTherapy) {
		return new ProtocolView(id, version, name, description, exercises, educationTopics, manualTherapy, beltRule,
				visitsPerWeek, durationWeeks);
	}

}
