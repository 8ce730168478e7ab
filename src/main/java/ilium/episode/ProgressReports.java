package ilium.episode;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.episode.EpisodeDocumentView.DocumentKind;
import ilium.shared.ClinicProperties;
import ilium.shared.CurrentStaff;
import ilium.treatment.GoalStatus;
import ilium.treatment.TreatmentPlanView;

/**
 * Progress reports and their treatment-day clock (EPISODE.md R9): written by the plan's
 * therapist as drafts, signed once (closing the open period and setting the goals'
 * statuses), then changed only by addenda. Every read and write is audited with the
 * patient.
 */
@Service
public class ProgressReports {

	/** The statuses a progress report gives a goal. */
	static final Set<GoalStatus> STATUSES = Set.of(GoalStatus.ACTIVE, GoalStatus.MET, GoalStatus.DISCONTINUED);

	private static final DocumentKind KIND = DocumentKind.PROGRESS_REPORT;

	private static final AuditResource RESOURCE = AuditResource.PROGRESS_REPORT;

	private final EpisodeDocuments episode;

	private final EpisodeDocumentRepository documents;

	private final AuditTrail auditTrail;

	private final EpisodeProperties properties;

	private final ClinicProperties clinic;

	private final Clock clock;

	ProgressReports(EpisodeDocuments episode, EpisodeDocumentRepository documents, AuditTrail auditTrail,
			EpisodeProperties properties, ClinicProperties clinic, Clock clock) {
		this.properties = properties;
		this.episode = episode;
		this.documents = documents;
		this.auditTrail = auditTrail;
		this.clinic = clinic;
		this.clock = clock;
	}

	/** A new DRAFT by the plan's therapist (else 403). */
	@Transactional
	public ProgressReportView write(UUID planId, WriteProgressReport command) {
		TreatmentPlanView plan = episode.planForChange(planId, AuditAction.CREATE, RESOURCE);
		UUID id = UUID.randomUUID();
		documents.insert(draft(id, plan, command), CurrentStaff.require().userId(), clock.instant());
		auditTrail.allowed(AuditAction.CREATE, RESOURCE, id, plan.patientId());
		return view(episode.find(planId, id, KIND, false), planId);
	}

	/** Rewrites a DRAFT (409 {@code document-signed} once signed). */
	@Transactional
	public ProgressReportView rewrite(UUID planId, UUID reportId, WriteProgressReport command) {
		TreatmentPlanView plan = episode.planForChange(planId, AuditAction.UPDATE, RESOURCE);
		EpisodeDocuments.requireDraft(episode.find(planId, reportId, KIND, true));
		documents.replace(draft(reportId, plan, command));
		auditTrail.allowed(AuditAction.UPDATE, RESOURCE, reportId, plan.patientId());
		return view(episode.find(planId, reportId, KIND, false), planId);
	}

	/**
	 * Signs a DRAFT: {@code periodEnd} not before the open period's start (422
	 * {@code invalid-period}); a status for exactly the ACTIVE goals (422
	 * {@code goal-statuses-incomplete}), which the goals take on {@code periodEnd}.
	 */
	@Transactional
	public ProgressReportView sign(UUID planId, UUID reportId) {
		TreatmentPlanView plan = episode.planForChange(planId, AuditAction.UPDATE, RESOURCE);
		EpisodeDocumentView report = episode.find(planId, reportId, KIND, true);
		EpisodeDocuments.requireDraft(report);
		LocalDate start = episode.requireOpenPeriodThrough(planId, report.throughDate());
		episode.recordGoalStatuses(planId, report.goalStatuses(), report.throughDate());
		documents.sign(reportId, start, null, clock.instant());
		auditTrail.allowed(AuditAction.UPDATE, RESOURCE, reportId, plan.patientId());
		return view(episode.find(planId, reportId, KIND, false), planId);
	}

	/**
	 * Adds an addendum to a signed report (else 409 {@code document-not-signed}), by its
	 * author.
	 */
	@Transactional
	public ProgressReportView addAddendum(UUID planId, UUID reportId, AddAddendum command) {
		episode.addAddendum(planId, reportId, KIND, RESOURCE, command);
		return view(episode.find(planId, reportId, KIND, false), planId);
	}

	/** One report of the plan, audited. */
	@Transactional(readOnly = true)
	public ProgressReportView find(UUID planId, UUID reportId) {
		TreatmentPlanView plan = episode.plan(planId);
		ProgressReportView report = view(episode.find(planId, reportId, KIND, false), planId);
		auditTrail.allowed(AuditAction.READ, RESOURCE, reportId, plan.patientId());
		return report;
	}

	/** The open period as of {@code on} (default today) and every report, audited. */
	@Transactional(readOnly = true)
	public ProgressReportsView of(UUID planId, @Nullable LocalDate on) {
		TreatmentPlanView plan = episode.plan(planId);
		ProgressPeriods periods = episode.periods(planId, (on == null) ? today() : on);
		ProgressPeriods.Period open = periods.open();
		ProgressReportsView.OpenPeriod openPeriod = (open == null)
				? new ProgressReportsView.OpenPeriod(null, 0, null,
						periods.status(properties.progressAlertTreatmentDays()))
				: new ProgressReportsView.OpenPeriod(open.start(), open.days().size(), open.tenthTreatmentDay(),
						periods.status(properties.progressAlertTreatmentDays()));
		List<ProgressReportView> reports = documents.ofPlan(planId, KIND)
			.stream()
			.map(report -> view(report, open))
			.toList();
		auditTrail.allowed(AuditAction.READ, RESOURCE, null, plan.patientId());
		return new ProgressReportsView(openPeriod, reports);
	}

	/**
	 * For billing days: the plan's treatment days past the 10th of their period
	 * ({@code PROGRESS_REPORT_OVERDUE}, R9), even where a late report closed it. Not
	 * audited: the caller audits what it shows.
	 */
	@Transactional(readOnly = true)
	public List<LocalDate> overdueTreatmentDays(UUID planId) {
		return episode.periods(planId, LocalDate.MAX).overdueDays();
	}

	private EpisodeDocumentRepository.Draft draft(UUID id, TreatmentPlanView plan, WriteProgressReport command) {
		return episode.draft(id, plan, KIND, command.periodEnd(), null, command.plan(), command.goalStatuses(),
				command.outcomeMeasureIds() == null ? List.of() : command.outcomeMeasureIds(), STATUSES, true);
	}

	private ProgressReportView view(EpisodeDocumentView report, UUID planId) {
		return view(report,
				report.status() == DocumentStatus.DRAFT ? episode.periods(planId, LocalDate.MAX).open() : null);
	}

	/** A draft's period starts where the open period does; a signed one's is fixed. */
	private static ProgressReportView view(EpisodeDocumentView report, ProgressPeriods.@Nullable Period open) {
		LocalDate periodStart = (report.status() == DocumentStatus.SIGNED) ? report.periodStart()
				: (open == null) ? null : open.start();
		return new ProgressReportView(report.id(), report.planId(), periodStart, report.throughDate(),
				report.goalStatuses(), report.outcomeMeasureIds(), report.body(), report.status(), report.authorId(),
				report.createdAt(), report.signedAt(), report.version(), report.addenda());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(clinic.timeZone()));
	}

}
