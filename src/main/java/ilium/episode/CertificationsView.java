package ilium.episode;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A plan's certification intervals as of a day (EPISODE.md HTTP): its episode start (null
 * before its first treatment day), its end date and the intervals, first first. Interval
 * 1 is listed as soon as D0 exists, {@code NOT_SENT} until recorded.
 */
public record CertificationsView(@Nullable LocalDate episodeStartDate, LocalDate planEndDate,
		List<CertificationView> intervals) {
}
