package ilium.visits;

import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import ilium.shared.ClinicException;

/**
 * One manual technique given during a visit (DOMAIN.md, Visit notes and manual therapy).
 *
 * @param technique what was done
 * @param region where
 * @param side which side: required for the paired regions (sacroiliac joint, hip, thigh),
 * optional for the lumbar spine and pelvis (a central technique has no side)
 * @param grade the Maitland grade: 1..4 for joint mobilization, 5 for manipulation,
 * absent for every other technique
 * @param minutes how long, 1..60
 * @param patientResponse how the patient responded, one line (≤ 200 characters)
 */
public record ManualTherapyEntry(@NotNull ManualTechnique technique, @NotNull TreatedRegion region,
		@Nullable BodySide side, @Nullable Integer grade, @NotNull @Min(1) @Max(60) Integer minutes,
		@Nullable @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*",
				message = "must not be blank") String patientResponse) {

	/**
	 * Fails with 400 naming the field ({@code manualTherapy[i].grade} or {@code .side})
	 * when the grade does not fit the technique or a paired region has no side.
	 */
	void requireConsistent(int index) {
		Optional<String> gradeProblem = technique.gradeProblem(grade);
		if (gradeProblem.isPresent()) {
			throw ClinicException.badRequest(field(index, "grade"), gradeProblem.get());
		}
		if (region.paired() && side == null) {
			throw ClinicException.badRequest(field(index, "side"), "is required for " + region);
		}
	}

	private static String field(int index, String name) {
		return "manualTherapy[" + index + "]." + name;
	}

}
