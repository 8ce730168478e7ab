package ilium.episode;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One prescription's adherence as of a day: the band of its latest entry up to then, the
 * mean {@code adherencePercent} of its last 4 entries (fewer if it has fewer; one
 * decimal, half up) and whether its latest entry carries a pain flag.
 */
public record AdherenceSummaryView(UUID prescriptionId, AdherenceBand latestBand, BigDecimal meanLast4,
		boolean painFlag) {

}
