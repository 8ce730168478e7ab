package ilium.episode;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.episode.EpisodeDocumentView.DocumentKind;
import ilium.shared.ClinicException;
import ilium.shared.CurrentStaff;
import ilium.shared.DatabaseConstraint;
import ilium.shared.SharedProblems;
import ilium.treatment.DischargeRequirement;
import ilium.treatment.GoalStatus;
import ilium.treatment.HomePrograms;
import ilium.treatment.TreatmentPlanView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The discharge summary (EPISODE.md R11): one per plan, by its therapist, a draft until
 * signed; signing sets each ACTIVE goal's final status, closes the open progress period
 * and freezes the home program of the discharge date. A plan completes only with it
 * ({@link DischargeRequirement}). Every read and write is audited with the patient.
 */
@Service
public class DischargeSummaries implements DischargeRequirement {

	/** The final statuses a discharge summary gives a goal. */
	static final Set<GoalStatus> STATUSES = Set.of(GoalStatus.MET, GoalStatus.PARTIALLY_MET, GoalStatus.NOT_MET,
			GoalStatus.DISCONTINUED);

	private static final DocumentKind KIND = DocumentKind.DISCHARGE_SUMMARY;

	private static final AuditResource RESOURCE = AuditResource.DISCHARGE_SUMMARY;

	private final EpisodeDocuments episode;

	private final EpisodeDocumentRepository documents;

	private final TreatmentDays treatmentDays;

	private final HomePrograms homePrograms;

	private final AuditTrail auditTrail;

	private final JsonMapper json;

	private final Clock clock;

	DischargeSummaries(EpisodeDocuments episode, EpisodeDocumentRepository documents, TreatmentDays treatmentDays,
			HomePrograms homePrograms, AuditTrail auditTrail, JsonMapper json, Clock clock) {
		this.episode = episode;
		this.documents = documents;
		this.treatmentDays = treatmentDays;
		this.homePrograms = homePrograms;
		this.auditTrail = auditTrail;
		this.json = json;
		this.clock = clock;
	}

	/** The plan's summary as a DRAFT, by its therapist (403); a second is 409. */
	@Transactional
	public DischargeSummaryView write(UUID planId, WriteDischargeSummary command) {
		TreatmentPlanView plan = episode.planForChange(planId, AuditAction.CREATE, RESOURCE);
		if (summaryOf(planId).isPresent()) {
			throw exists();
		}
		UUID id = UUID.randomUUID();
		try {
			documents.insert(draft(id, plan, command), CurrentStaff.require().userId(), clock.instant());
		}
		catch (DataIntegrityViolationException ex) {
			if (DatabaseConstraint.is(ex, "episode_document_one_discharge_summary")) {
				throw exists();
			}
			throw ex;
		}
		auditTrail.allowed(AuditAction.CREATE, RESOURCE, id, plan.patientId());
		return view(episode.find(planId, id, KIND, false));
	}

	/** Rewrites the DRAFT (409 {@code document-signed} once signed). */
	@Transactional
	public DischargeSummaryView rewrite(UUID planId, WriteDischargeSummary command) {
		TreatmentPlanView plan = episode.planForChange(planId, AuditAction.UPDATE, RESOURCE);
		EpisodeDocumentView summary = locked(planId);
		EpisodeDocuments.requireDraft(summary);
		documents.replace(draft(summary.id(), plan, command));
		auditTrail.allowed(AuditAction.UPDATE, RESOURCE, summary.id(), plan.patientId());
		return view(episode.find(planId, summary.id(), KIND, false));
	}

	/**
	 * Signs the DRAFT: {@code dischargeDate} on or after the last treatment day (422
	 * {@code invalid-period}); a final status for each ACTIVE goal (422
	 * {@code goal-statuses-incomplete}), which the goals take on the discharge date.
	 */
	@Transactional
	public DischargeSummaryView sign(UUID planId) {
		TreatmentPlanView plan = episode.planForChange(planId, AuditAction.UPDATE, RESOURCE);
		EpisodeDocumentView summary = locked(planId);
		EpisodeDocuments.requireDraft(summary);
		Optional<LocalDate> last = lastTreatmentDay(planId);
		if (last.isPresent() && summary.throughDate().isBefore(last.get())) {
			throw ClinicException.ruleViolated(EpisodeProblems.INVALID_PERIOD,
					"The discharge date must not be before the last treatment day, " + last.get() + ".");
		}
		episode.recordGoalStatuses(planId, summary.goalStatuses(), summary.throughDate());
		String homeProgram = json.writeValueAsString(homePrograms.of(plan, summary.throughDate()));
		documents.sign(summary.id(), null, homeProgram, clock.instant());
		auditTrail.allowed(AuditAction.UPDATE, RESOURCE, summary.id(), plan.patientId());
		return view(episode.find(planId, summary.id(), KIND, false));
	}

	/** Adds an addendum to the signed summary (else 409), by its author. */
	@Transactional
	public DischargeSummaryView addAddendum(UUID planId, AddAddendum command) {
		EpisodeDocumentView summary = summaryOf(planId)
			.orElseThrow(() -> ClinicException.notFound("discharge summary"));
		episode.addAddendum(planId, summary.id(), KIND, RESOURCE, command);
		return view(episode.find(planId, summary.id(), KIND, false));
	}

	/** The plan's summary, audited; 404 when none is written. */
	@Transactional(readOnly = true)
	public DischargeSummaryView find(UUID planId) {
		return written(planId).orElseThrow(() -> ClinicException.notFound("discharge summary"));
	}

	/**
	 * The plan's summary when one is written, audited as {@link #find} is (a patient's
	 * whole record reads every plan, most of which have none yet).
	 */
	@Transactional(readOnly = true)
	public Optional<DischargeSummaryView> written(UUID planId) {
		TreatmentPlanView plan = episode.plan(planId);
		return summaryOf(planId).map(summary -> {
			auditTrail.allowed(AuditAction.READ, RESOURCE, summary.id(), plan.patientId());
			return view(summary);
		});
	}

	/**
	 * R11: a plan completes only with a signed summary dated on or after its last
	 * treatment day (else 422 {@code discharge-summary-required}).
	 */
	@Override
	public void requireSignedSummary(UUID planId) {
		Optional<EpisodeDocumentView> summary = summaryOf(planId)
			.filter(signed -> signed.status() == DocumentStatus.SIGNED);
		Optional<LocalDate> last = lastTreatmentDay(planId);
		if (summary.isEmpty() || (last.isPresent() && summary.get().throughDate().isBefore(last.get()))) {
			throw ClinicException.ruleViolated(SharedProblems.DISCHARGE_SUMMARY_REQUIRED,
					"The plan completes with a signed discharge summary dated on or after its last treatment day"
							+ last.map(day -> ", " + day).orElse("") + ".");
		}
	}

	/** Whether the plan's summary is signed. Not audited: nothing is shown. */
	@Transactional(readOnly = true)
	public boolean isSigned(UUID planId) {
		return summaryOf(planId).filter(summary -> summary.status() == DocumentStatus.SIGNED).isPresent();
	}

	private Optional<LocalDate> lastTreatmentDay(UUID planId) {
		List<LocalDate> days = treatmentDays.daysOf(planId);
		return days.isEmpty() ? Optional.empty() : Optional.of(days.getLast());
	}

	private Optional<EpisodeDocumentView> summaryOf(UUID planId) {
		return documents.ofPlan(planId, KIND).stream().findFirst();
	}

	private EpisodeDocumentView locked(UUID planId) {
		EpisodeDocumentView summary = summaryOf(planId)
			.orElseThrow(() -> ClinicException.notFound("discharge summary"));
		return episode.find(planId, summary.id(), KIND, true);
	}

	private EpisodeDocumentRepository.Draft draft(UUID id, TreatmentPlanView plan, WriteDischargeSummary command) {
		return episode.draft(id, plan, KIND, command.dischargeDate(), command.reason(), command.text(),
				command.goalStatuses(),
				command.finalOutcomeMeasureIds() == null ? List.of() : command.finalOutcomeMeasureIds(), STATUSES,
				false);
	}

	private DischargeSummaryView view(EpisodeDocumentView summary) {
		JsonNode homeProgram = (summary.homeProgramAtDischarge() == null) ? null
				: json.readTree(summary.homeProgramAtDischarge());
		return new DischargeSummaryView(summary.id(), summary.planId(), summary.throughDate(),
				Objects.requireNonNull(summary.reason()), summary.goalStatuses(), summary.outcomeMeasureIds(),
				summary.body(), summary.status(), summary.authorId(), summary.createdAt(), summary.signedAt(),
				homeProgram, summary.version(), summary.addenda());
	}

	private static ClinicException exists() {
		return ClinicException.conflict(EpisodeProblems.DISCHARGE_SUMMARY_EXISTS,
				"The plan has its discharge summary: change the draft, or add an addendum once signed.");
	}

}
