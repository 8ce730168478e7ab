package ilium.episode;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.shared.ClinicProperties;
import ilium.shared.CurrentStaff;
import ilium.shared.PageQuery;
import ilium.shared.PageView;
import ilium.shared.Role;
import ilium.treatment.PlanStatus;
import ilium.treatment.PlansOfCare;
import ilium.treatment.TreatmentPlanView;

/**
 * The compliance worklist (EPISODE.md HTTP, R8–R12): per plan, what its therapist must do
 * next, as of a day. A therapist sees their own plans; an admin sees every plan, without
 * the pain flags of the home program (clinical). Items for every payer: Medicare's are
 * enforced, the others advisory. Each patient listed is audited.
 */
@Service
public class ComplianceWorklist {

	private final PlansOfCare plans;

	private final Certifications certifications;

	private final EpisodeDocuments documents;

	private final TreatmentDays treatmentDays;

	private final DischargeSummaries dischargeSummaries;

	private final HomeExerciseAdherence adherence;

	private final EpisodeProperties properties;

	private final AuditTrail auditTrail;

	private final ClinicProperties clinic;

	private final Clock clock;

	ComplianceWorklist(PlansOfCare plans, Certifications certifications, EpisodeDocuments documents,
			TreatmentDays treatmentDays, DischargeSummaries dischargeSummaries, HomeExerciseAdherence adherence,
			EpisodeProperties properties, AuditTrail auditTrail, ClinicProperties clinic, Clock clock) {
		this.plans = plans;
		this.certifications = certifications;
		this.documents = documents;
		this.treatmentDays = treatmentDays;
		this.dischargeSummaries = dischargeSummaries;
		this.adherence = adherence;
		this.properties = properties;
		this.auditTrail = auditTrail;
		this.clinic = clinic;
		this.clock = clock;
	}

	/** The page of plans with something to do on {@code on} (default today). */
	@Transactional(readOnly = true)
	public PageView<WorklistPlanView> on(@Nullable LocalDate on, PageQuery page) {
		CurrentStaff staff = CurrentStaff.require();
		boolean admin = staff.role() == Role.ADMIN;
		LocalDate day = (on == null) ? LocalDate.now(clock.withZone(clinic.timeZone())) : on;
		List<WorklistPlanView> all = plans.forWorklist(admin ? null : staff.therapistId())
			.stream()
			.map(plan -> planOf(plan, day, !admin))
			.filter(plan -> !plan.items().isEmpty())
			.sorted(Comparator.comparing((WorklistPlanView plan) -> plan.items().getFirst().date())
				.thenComparing(plan -> plan.planId()))
			.toList();
		List<WorklistPlanView> shown = all.stream().skip(page.offset()).limit(page.size()).toList();
		shown.stream()
			.map(WorklistPlanView::patientId)
			.distinct()
			.forEach(patientId -> auditTrail.allowed(AuditAction.READ, AuditResource.WORKLIST, null, patientId));
		return PageView.of(shown, page, all.size());
	}

	private WorklistPlanView planOf(TreatmentPlanView plan, LocalDate on, boolean clinical) {
		List<LocalDate> days = treatmentDays.daysOf(plan.id()).stream().filter(day -> !day.isAfter(on)).toList();
		List<WorklistPlanView.Item> items = new ArrayList<>();
		if (plan.status().isOpen()) {
			items.addAll(certificationItems(plan, days, on));
			items.addAll(progressItems(plan, on));
			gapInCare(plan, days, on).ifPresent(items::add);
		}
		dischargeSummaryDue(plan, days, on).ifPresent(items::add);
		if (clinical && plan.status() == PlanStatus.ACTIVE) {
			adherence.painFlags(plan.id(), on)
				.forEach(flag -> items
					.add(new WorklistPlanView.Item(WorklistCode.HEP_PAIN_FLAG, flag.reportedOn(), null)));
		}
		items.sort(Comparator.comparing(WorklistPlanView.Item::date).thenComparing(WorklistPlanView.Item::code));
		return new WorklistPlanView(plan.id(), plan.patientId(), plan.therapistId(), plan.payerProfile(),
				plan.payerProfile() != null && plan.payerProfile().enforced(), List.copyOf(items));
	}

	/** R8: recertification soon or expired after the last certified interval; delays. */
	private List<WorklistPlanView.Item> certificationItems(TreatmentPlanView plan, List<LocalDate> days, LocalDate on) {
		if (days.isEmpty()) {
			return List.of();
		}
		LocalDate d0 = days.getFirst();
		List<CertificationInterval> intervals = new ArrayList<>(certifications.intervalsOf(plan.id()));
		if (intervals.isEmpty()) {
			intervals.add(CertificationInterval.first(d0, plan.planEndDate()));
		}
		List<WorklistPlanView.Item> items = new ArrayList<>();
		intervals.stream()
			.filter(interval -> interval.status(d0, on) == CertificationStatus.DELAYED)
			.map(interval -> interval.missedDeadline(d0, on))
			.flatMap(Optional::stream)
			.forEach(deadline -> items
				.add(new WorklistPlanView.Item(WorklistCode.CERTIFICATION_DELAYED, deadline, null)));
		intervals.stream()
			.filter(interval -> interval.status(d0, on).certified())
			.reduce((first, second) -> second)
			.ifPresent(last -> {
				if (on.isAfter(last.end())) {
					items.add(new WorklistPlanView.Item(WorklistCode.EXPIRED, last.end(), null));
				}
				else if (!on.isBefore(last.end().minusDays(properties.recertAlertDays()))) {
					items.add(new WorklistPlanView.Item(WorklistCode.RECERT_DUE_SOON, last.end(), null));
				}
			});
		return items;
	}

	/** R9: the open period's report, due soon, today or overdue. */
	private List<WorklistPlanView.Item> progressItems(TreatmentPlanView plan, LocalDate on) {
		ProgressPeriods periods = documents.periods(plan.id(), on);
		ProgressPeriods.Period open = periods.open();
		if (open == null || open.start() == null) {
			return List.of();
		}
		WorklistCode code = switch (periods.status(properties.progressAlertTreatmentDays())) {
			case DUE_SOON -> WorklistCode.PROGRESS_REPORT_DUE_SOON;
			case DUE_TODAY -> WorklistCode.PROGRESS_REPORT_DUE_TODAY;
			case OVERDUE -> WorklistCode.PROGRESS_REPORT_OVERDUE;
			case OK, NOT_STARTED -> null;
		};
		return (code == null) ? List.of() : List.of(new WorklistPlanView.Item(code, open.start(), open.days().size()));
	}

	/** R10: an ACTIVE plan whose last treatment day is at least the gap ago. */
	private Optional<WorklistPlanView.Item> gapInCare(TreatmentPlanView plan, List<LocalDate> days, LocalDate on) {
		if (plan.status() != PlanStatus.ACTIVE || days.isEmpty()
				|| days.getLast().isAfter(on.minusDays(properties.gapInCareDays()))) {
			return Optional.empty();
		}
		return Optional.of(new WorklistPlanView.Item(WorklistCode.GAP_IN_CARE, days.getLast(), null));
	}

	/**
	 * R11: a DISCONTINUED plan with a treatment day and no signed summary, from the day
	 * it was discontinued; due the last treatment day + 14.
	 */
	private Optional<WorklistPlanView.Item> dischargeSummaryDue(TreatmentPlanView plan, List<LocalDate> days,
			LocalDate on) {
		if (plan.status() != PlanStatus.DISCONTINUED || days.isEmpty() || plan.discontinuedAt() == null
				|| on.isBefore(LocalDate.ofInstant(plan.discontinuedAt(), zone()))
				|| dischargeSummaries.isSigned(plan.id())) {
			return Optional.empty();
		}
		return Optional.of(new WorklistPlanView.Item(WorklistCode.DISCHARGE_SUMMARY_DUE,
				days.getLast().plusDays(properties.dischargeSummaryDueDays()), null));
	}

	private ZoneId zone() {
		return clinic.timeZone();
	}

}
