package ilium.reporting;

import java.math.BigDecimal;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How one therapist's (or protocol's) patients did on one instrument: means of each
 * patient's baseline, latest and change, and the fraction improved by at least the MCID.
 */
@JsonPropertyOrder({ "groupId", "groupName", "patients", "instrument", "meanBaseline", "meanLatest", "meanChange",
		"improvedByMcidRate" })
public record OutcomeReportRow(UUID groupId, String groupName, long patients, String instrument,
		BigDecimal meanBaseline, BigDecimal meanLatest, BigDecimal meanChange, BigDecimal improvedByMcidRate) {
}
