package ilium.episode;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.visits.BillableNote;
import ilium.visits.BillableNotes;

/**
 * What billing days need of an episode's clocks (EPISODE.md R8, R9, R13): which dates a
 * certified interval covers, which treatment days come past the 10th of their progress
 * period, and which dates support a KX line. Computed at each read; not audited: billing
 * days audit their own read.
 */
@Service
public class EpisodeClocks {

	private final Certifications certifications;

	private final ProgressReports progressReports;

	private final EpisodeDocumentRepository documents;

	private final BillableNotes notes;

	EpisodeClocks(Certifications certifications, ProgressReports progressReports, EpisodeDocumentRepository documents,
			BillableNotes notes) {
		this.certifications = certifications;
		this.progressReports = progressReports;
		this.documents = documents;
		this.notes = notes;
	}

	/** The plan's clocks as recorded now (billing days are never limited by today). */
	@Transactional(readOnly = true)
	public PlanClocks of(UUID planId) {
		List<CertificationInterval> intervals = certifications.intervalsOf(planId);
		LocalDate d0 = intervals.isEmpty() ? null : intervals.getFirst().start();
		List<PlanClocks.Interval> all = intervals.stream()
			.map(interval -> new PlanClocks.Interval(interval.start(), interval.end(),
					interval.status(d0, LocalDate.MAX).certified()))
			.toList();
		Set<LocalDate> support = new HashSet<>();
		documents.ofPlan(planId, EpisodeDocumentView.DocumentKind.PROGRESS_REPORT)
			.stream()
			.filter(report -> report.status() == DocumentStatus.SIGNED)
			.forEach(report -> support.add(report.throughDate()));
		notes.ofPlan(planId)
			.stream()
			.filter(note -> !note.services().untimedCodes().isEmpty())
			.map(BillableNote::dateOfService)
			.forEach(support::add);
		return new PlanClocks(all, Set.copyOf(progressReports.overdueTreatmentDays(planId)), Set.copyOf(support));
	}

}
