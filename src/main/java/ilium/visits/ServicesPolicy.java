package ilium.visits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import ilium.billing.CptCode;
import ilium.scheduling.AppointmentType;
import ilium.scheduling.AppointmentView;
import ilium.shared.ClinicProperties;
import ilium.treatment.PlanStatus;
import ilium.treatment.TreatmentPlanView;
import ilium.treatment.PlanOfCareIncompleteException;
import ilium.treatment.TreatmentPlanning;

/**
 * EPISODE.md R5: how a visit note's services fit together, with the visit and with the
 * plan they are billed under; checked on POST, PUT and sign, each problem naming the
 * field. The 400s on the lines alone are {@link ServiceLine#requireWellFormed}'s; the
 * red-flag gate is {@link TreatmentRecordingPolicy}'s. PostgreSQL holds what it can of
 * these for signed notes (V105, V106).
 */
@Component
class ServicesPolicy {

	private final TreatmentPlanning plans;

	private final VisitNoteRepository notes;

	private final ClinicProperties clinic;

	private final VisitNoteProperties properties;

	ServicesPolicy(TreatmentPlanning plans, VisitNoteRepository notes, ClinicProperties clinic,
			VisitNoteProperties properties) {
		this.plans = plans;
		this.notes = notes;
		this.clinic = clinic;
		this.properties = properties;
	}

	/** The visit's date of service: its appointment's clinic-local date. */
	LocalDate dateOfService(AppointmentView appointment) {
		return LocalDate.ofInstant(appointment.start(), clinic.timeZone());
	}

	/**
	 * 422 {@code services-inconsistent} when the services, minutes and evaluation do not
	 * fit together or the visit; then the plan's checks.
	 */
	void requireConsistent(DraftVisitNote content, AppointmentView appointment) {
		List<ServiceLine> services = content.services();
		if (!services.isEmpty() && content.treatmentPlanId() == null) {
			throw VisitNoteServicesException.inconsistent("treatmentPlanId",
					"is required with services: they are billed under a plan");
		}
		int manual97140 = indexOf(services, CptCode.MANUAL_THERAPY);
		int manualMinutes = content.manualTherapyMinutes();
		if (!services.isEmpty() && minutesAt(services, manual97140) != manualMinutes) {
			throw VisitNoteServicesException.inconsistent(
					manual97140 < 0 ? "services" : ServiceLine.field(manual97140, "minutes"),
					"must give 97140 " + manualMinutes + " minutes, those of the manual therapy recorded");
		}
		requireTotalWithinVisit(content, appointment);
		if (content.evaluationComplexity() != null && appointment.type() != AppointmentType.INITIAL_EVALUATION) {
			throw VisitNoteServicesException.inconsistent("evaluationComplexity",
					"is given on an INITIAL_EVALUATION visit only; this one is " + appointment.type());
		}
		int reEvaluation = indexOf(services, CptCode.RE_EVALUATION);
		if (reEvaluation >= 0 && appointment.type() != AppointmentType.RE_EVALUATION) {
			throw VisitNoteServicesException.inconsistent(ServiceLine.field(reEvaluation, "cpt"),
					"may be 97164 on a RE_EVALUATION visit only; this one is " + appointment.type());
		}
		requirePlan(content, appointment);
	}

	/**
	 * The fields R5 needs at sign beyond the SOAP ones: total treatment minutes with
	 * services, evaluation complexity on an initial evaluation under a plan.
	 */
	List<String> missingForSignature(DraftVisitNote content, AppointmentView appointment) {
		List<String> missing = new ArrayList<>();
		if (!content.services().isEmpty() && content.totalTreatmentMinutes() == null) {
			missing.add("totalTreatmentMinutes");
		}
		if (appointment.type() == AppointmentType.INITIAL_EVALUATION && content.treatmentPlanId() != null
				&& content.evaluationComplexity() == null) {
			missing.add("evaluationComplexity");
		}
		return missing;
	}

	/**
	 * R5 at sign: a note is signed under a plan only once the plan has a payer, which
	 * decides how its units are counted (422 {@code plan-of-care-incomplete}).
	 */
	void requirePayer(DraftVisitNote content) {
		if (content.treatmentPlanId() != null
				&& plans.find(content.treatmentPlanId()).map(plan -> plan.payerProfile() == null).orElse(false)) {
			throw PlanOfCareIncompleteException.missing(List.of("payerProfile"));
		}
	}

	/**
	 * R5 at sign, over the patient's date of service (its signed notes and this one): one
	 * evaluation code (97161–97163 or 97164) and one plan. Signings of one date take
	 * turns from here to the end of the transaction.
	 */
	void requireOnePerDate(VisitNoteView note, LocalDate dateOfService) {
		List<VisitNoteRepository.SignedOnDate> others = notes.othersSignedOn(note.patientId(), dateOfService,
				note.id());
		boolean evaluatedElsewhere = others.stream().anyMatch(VisitNoteRepository.SignedOnDate::evaluated);
		boolean reEvaluatedElsewhere = others.stream().anyMatch(VisitNoteRepository.SignedOnDate::reEvaluated);
		int reEvaluation = indexOf(note.services(), CptCode.RE_EVALUATION);
		if (note.evaluationComplexity() != null && (evaluatedElsewhere || reEvaluatedElsewhere)) {
			throw VisitNoteServicesException.inconsistent("evaluationComplexity",
					"the date of service " + dateOfService + " already has a signed evaluation or re-evaluation");
		}
		if (reEvaluation >= 0 && evaluatedElsewhere) {
			throw VisitNoteServicesException.inconsistent(ServiceLine.field(reEvaluation, "cpt"),
					"the date of service " + dateOfService + " already has a signed evaluation");
		}
		Set<UUID> planIds = new HashSet<>();
		others.stream()
			.map(VisitNoteRepository.SignedOnDate::treatmentPlanId)
			.filter(Objects::nonNull)
			.forEach(planIds::add);
		if (note.treatmentPlanId() != null && !planIds.isEmpty() && !planIds.contains(note.treatmentPlanId())) {
			throw VisitNoteServicesException.inconsistent("treatmentPlanId",
					"the date of service " + dateOfService + " is already billed under another plan");
		}
	}

	private void requireTotalWithinVisit(DraftVisitNote content, AppointmentView appointment) {
		Integer total = content.totalTreatmentMinutes();
		int timed = content.timedMinutes();
		int longest = appointment.durationMinutes() + properties.visitOverrunMinutes();
		if (total != null && (total < timed || total > longest)) {
			throw VisitNoteServicesException.inconsistent("totalTreatmentMinutes",
					"must be between " + timed + " (the timed minutes) and " + longest + " (the visit's "
							+ appointment.durationMinutes() + " minutes plus " + properties.visitOverrunMinutes()
							+ ")");
		}
	}

	/**
	 * The plan is the patient's (422), not a draft unless this is its initial evaluation
	 * (409), and not closed before the date of service (409).
	 */
	private void requirePlan(DraftVisitNote content, AppointmentView appointment) {
		if (content.treatmentPlanId() == null) {
			return;
		}
		TreatmentPlanView plan = plans.find(content.treatmentPlanId())
			.filter(found -> found.patientId().equals(appointment.patientId()))
			.orElseThrow(VisitNoteServicesException::unknownPlan);
		if (plan.status() == PlanStatus.DRAFT && appointment.type() != AppointmentType.INITIAL_EVALUATION) {
			throw VisitNoteServicesException.planNotActive();
		}
		LocalDate closedOn = closedOn(plan);
		if (closedOn != null && closedOn.isBefore(dateOfService(appointment))) {
			throw VisitNoteServicesException.planClosed(closedOn);
		}
	}

	private @Nullable LocalDate closedOn(TreatmentPlanView plan) {
		Instant closedAt = switch (plan.status()) {
			case COMPLETED -> plan.completedAt();
			case DISCONTINUED -> plan.discontinuedAt();
			case DRAFT, ACTIVE, ON_HOLD -> null;
		};
		return closedAt == null ? null : LocalDate.ofInstant(closedAt, clinic.timeZone());
	}

	private static int indexOf(List<ServiceLine> services, CptCode code) {
		return IntStream.range(0, services.size())
			.filter(index -> services.get(index).cpt().equals(code.code()))
			.findFirst()
			.orElse(-1);
	}

	private static int minutesAt(List<ServiceLine> services, int index) {
		Integer minutes = index < 0 ? null : services.get(index).minutes();
		return minutes == null ? 0 : minutes;
	}

}
