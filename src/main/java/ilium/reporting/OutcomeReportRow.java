package ilium.reporting;

import java.math.BigDecimal;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * How one therapist's (or protocol's) patients did on one instrument: means of each
 * patient's baseline, latest and change, and the fraction improved by at least the MCID.
 * Change and MCID rate count only patients whose measures compare (a PSFS pair sharing an
 * activity); baseline and latest count every patient. A group too small to publish is
 * {@code suppressed}: its figures are null, so no patient's scores can be read from it.
 */
@JsonPropertyOrder({ "groupId", "groupName", "patients", "instrument", "meanBaseline", "meanLatest", "meanChange",
		"improvedByMcidRate", "suppressed" })
public record OutcomeReportRow(UUID groupId, String groupName, long patients, String instrument,
		@Nullable BigDecimal meanBaseline, @Nullable BigDecimal meanLatest, @Nullable BigDecimal meanChange,
		@Nullable BigDecimal improvedByMcidRate, boolean suppressed) {

	/**
	 * This row as published to admins: suppressed, figures withheld, when the group has
	 * fewer than {@code minGroupSize} patients.
	 */
	OutcomeReportRow publishable(int minGroupSize) {
		if (patients >= minGroupSize) {
			return this;
		}
		return new OutcomeReportRow(groupId, groupName, patients, instrument, null, null, null, null, true);
	}

}
