package ilium.episode;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import ilium.audit.AccessRefused;
import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.episode.EpisodeDocumentView.DocumentKind;
import ilium.outcomes.OutcomeTracking;
import ilium.shared.ClinicException;
import ilium.shared.CurrentStaff;
import ilium.shared.SharedProblems;
import ilium.treatment.GoalStatus;
import ilium.treatment.GoalView;
import ilium.treatment.PlansOfCare;
import ilium.treatment.TreatmentPlanView;
import ilium.treatment.TreatmentPlanning;

/**
 * What progress reports and the discharge summary share (EPISODE.md R9, R11): written by
 * the plan's therapist, a goal status for each ACTIVE goal, outcome measures of the
 * patient, drafts until signed, then addenda by the author only. The callers add their
 * own rules and audit.
 */
@Component
class EpisodeDocuments {

	private final EpisodeDocumentRepository documents;

	private final TreatmentPlanning planning;

	private final PlansOfCare plansOfCare;

	private final OutcomeTracking outcomes;

	private final TreatmentDays treatmentDays;

	private final AuditTrail auditTrail;

	private final Clock clock;

	EpisodeDocuments(EpisodeDocumentRepository documents, TreatmentPlanning planning, PlansOfCare plansOfCare,
			OutcomeTracking outcomes, TreatmentDays treatmentDays, AuditTrail auditTrail, Clock clock) {
		this.documents = documents;
		this.planning = planning;
		this.plansOfCare = plansOfCare;
		this.outcomes = outcomes;
		this.treatmentDays = treatmentDays;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	TreatmentPlanView plan(UUID planId) {
		return planning.find(planId).orElseThrow(() -> ClinicException.notFound("treatment plan"));
	}

	/** The plan, for a change by its therapist only (else 403, audited as refused). */
	TreatmentPlanView planForChange(UUID planId, AuditAction action, AuditResource resource) {
		TreatmentPlanView plan = plan(planId);
		if (!CurrentStaff.require().isTherapist(plan.therapistId())) {
			throw AccessRefused.to(action, resource, planId, plan.patientId());
		}
		return plan;
	}

	EpisodeDocumentView find(UUID planId, UUID id, DocumentKind kind, boolean forUpdate) {
		return documents.find(planId, id, kind, forUpdate)
			.orElseThrow(() -> ClinicException
				.notFound(kind == DocumentKind.PROGRESS_REPORT ? "progress report" : "discharge summary"));
	}

	/**
	 * A draft as written: each goal named once with a status the document may give and,
	 * where required, its current value (else 400); outcome measures of the patient (else
	 * 422 {@code unknown-outcome}).
	 */
	EpisodeDocumentRepository.Draft draft(UUID id, TreatmentPlanView plan, DocumentKind kind, LocalDate throughDate,
			DischargeReason reason, String body, List<GoalStatusEntry> goals, List<UUID> outcomeIds,
			Set<GoalStatus> allowed, boolean currentRequired) {
		Set<String> named = new HashSet<>();
		for (int index = 0; index < goals.size(); index++) {
			GoalStatusEntry goal = goals.get(index);
			String field = "goalStatuses[" + index + "]";
			if (!named.add(goal.goalId())) {
				throw ClinicException.badRequest(field + ".goalId", "names a goal already named");
			}
			if (!allowed.contains(goal.status())) {
				throw ClinicException.badRequest(field + ".status", "must be one of " + new TreeSet<>(allowed));
			}
			if (currentRequired && goal.current() == null) {
				throw ClinicException.badRequest(field + ".current", "must not be null");
			}
		}
		List<UUID> unknown = outcomes.unknownTo(plan.patientId(), outcomeIds);
		if (!unknown.isEmpty()) {
			ClinicException problem = ClinicException.ruleViolated(EpisodeProblems.UNKNOWN_OUTCOME,
					"These outcome measures are not the patient's: " + unknown + ".");
			problem.getBody().setProperty("outcomeMeasureIds", unknown);
			throw problem;
		}
		return new EpisodeDocumentRepository.Draft(id, plan.id(), kind, throughDate, reason, body, List.copyOf(goals),
				outcomeIds.stream().distinct().toList());
	}

	/** 409 {@code document-signed} unless the document is still a draft. */
	static void requireDraft(EpisodeDocumentView document) {
		if (document.status() == DocumentStatus.SIGNED) {
			throw ClinicException.conflict(EpisodeProblems.DOCUMENT_SIGNED,
					"The document is signed: it changes only by addenda.");
		}
	}

	/**
	 * At signing: the goal statuses name exactly the plan's ACTIVE goals (else 422
	 * {@code goal-statuses-incomplete} with the {@code goalIds} missing or not ACTIVE);
	 * then the goals take them on {@code statusOn}.
	 */
	void recordGoalStatuses(UUID planId, List<GoalStatusEntry> given, LocalDate statusOn) {
		Set<String> active = plansOfCare.goals(planId)
			.stream()
			.filter(GoalView::active)
			.map(GoalView::id)
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> named = given.stream().map(GoalStatusEntry::goalId).collect(Collectors.toSet());
		Set<String> off = new TreeSet<>(active);
		off.removeAll(named);
		named.stream().filter(id -> !active.contains(id)).forEach(off::add);
		if (!off.isEmpty()) {
			ClinicException problem = ClinicException.ruleViolated(SharedProblems.GOAL_STATUSES_INCOMPLETE,
					"The goal statuses must name each ACTIVE goal once, and only those: " + String.join(", ", off)
							+ ".");
			problem.getBody().setProperty("goalIds", List.copyOf(off));
			throw problem;
		}
		Map<String, GoalStatus> changes = given.stream()
			.filter(goal -> goal.status() != GoalStatus.ACTIVE)
			.collect(Collectors.toMap(GoalStatusEntry::goalId, GoalStatusEntry::status));
		if (!changes.isEmpty()) {
			plansOfCare.recordGoalStatuses(planId, changes, statusOn);
		}
	}

	/**
	 * R9 at signing: the period the document closes starts at the open period's first
	 * treatment day, and {@code throughDate} is not before it (else 422
	 * {@code invalid-period}). Answers that start.
	 */
	LocalDate requireOpenPeriodThrough(UUID planId, LocalDate throughDate) {
		ProgressPeriods periods = periods(planId, LocalDate.MAX);
		LocalDate start = (periods.open() == null) ? null : periods.open().start();
		if (start == null) {
			throw ClinicException.ruleViolated(EpisodeProblems.INVALID_PERIOD,
					"No treatment day is open to report on: the period before closed on its last treatment day.");
		}
		if (throughDate.isBefore(start)) {
			throw ClinicException.ruleViolated(EpisodeProblems.INVALID_PERIOD,
					"The document must cover the open period, which starts on " + start + ".");
		}
		return start;
	}

	/** The plan's progress periods as of {@code on}. */
	ProgressPeriods periods(UUID planId, LocalDate on) {
		List<LocalDate> closings = new ArrayList<>(documents.closings(planId));
		closings.addAll(treatmentDays.reEvaluationDays(planId));
		return ProgressPeriods.of(treatmentDays.daysOf(planId), closings, on);
	}

	/**
	 * Adds an addendum to a signed document (else 409), by its author only (else 403).
	 */
	void addAddendum(UUID planId, UUID id, DocumentKind kind, AuditResource resource, AddAddendum command) {
		TreatmentPlanView plan = plan(planId);
		EpisodeDocumentView document = find(planId, id, kind, true);
		if (!CurrentStaff.require().userId().equals(document.authorId())) {
			throw AccessRefused.to(AuditAction.CREATE, resource, id, plan.patientId());
		}
		if (document.status() != DocumentStatus.SIGNED) {
			throw ClinicException.conflict(EpisodeProblems.DOCUMENT_NOT_SIGNED,
					"Addenda are added to signed documents; change the draft instead.");
		}
		documents.addAddendum(id, UUID.randomUUID(), command.text().strip(), CurrentStaff.require().userId(),
				clock.instant());
		auditTrail.allowed(AuditAction.UPDATE, resource, id, plan.patientId());
	}

}
