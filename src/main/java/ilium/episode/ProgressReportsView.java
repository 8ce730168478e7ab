package ilium.episode;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A plan's progress reports as of a day (EPISODE.md HTTP): the open period and the
 * reports, oldest first.
 */
public record ProgressReportsView(OpenPeriod openPeriod, List<ProgressReportView> reports) {

	/**
	 * The open period: its first treatment day (null before it), its treatment days so
	 * far, its 10th when reached, and where it stands.
	 */
	public record OpenPeriod(@Nullable LocalDate start, int treatmentDays, @Nullable LocalDate tenthTreatmentDay,
			ReportStatus status) {
	}

}
