package ilium.treatment;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ilium.exercises.EducationTopic;

/**
 * Replaces a plan's education topics.
 */
public record SetEducation(@NotNull @Size(max = 5) List<@NotNull EducationTopic> topics) {
}
