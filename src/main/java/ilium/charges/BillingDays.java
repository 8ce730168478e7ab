package ilium.charges;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.billing.ServicesGiven;
import ilium.billing.UnitAllocation;
import ilium.episode.TreatmentDays;
import ilium.patients.PatientRegistry;
import ilium.shared.ClinicException;
import ilium.treatment.PayerProfile;
import ilium.treatment.PlanOfCare;
import ilium.treatment.PlansOfCare;
import ilium.visits.BillableNote;
import ilium.visits.BillableNotes;

/**
 * A patient's billing days (EPISODE.md HTTP, billing days): one per date with a signed
 * note that names a plan and carries services or an evaluation, its units counted over
 * every signed note of the date by the plan's payer rule (R3 or R4), at each read. The
 * year's billing configuration (allowed amounts, KX and targeted-review thresholds) is
 * not kept yet, so every Medicare day's {@code kxStatus} is {@code UNKNOWN}, as R13 says
 * of a year without configuration, and no line carries {@code KX}.
 */
@Service
public class BillingDays {

	/** The longest range one read covers (EPISODE.md). */
	static final int MAX_DAYS = 366;

	private final BillableNotes notes;

	private final PlansOfCare plans;

	private final TreatmentDays treatmentDays;

	private final PatientRegistry patients;

	private final AuditTrail auditTrail;

	BillingDays(BillableNotes notes, PlansOfCare plans, TreatmentDays treatmentDays, PatientRegistry patients,
			AuditTrail auditTrail) {
		this.notes = notes;
		this.plans = plans;
		this.treatmentDays = treatmentDays;
		this.patients = patients;
		this.auditTrail = auditTrail;
	}

	/** The patient's billing days from {@code from} to {@code to}, oldest first. */
	@Transactional(readOnly = true)
	public List<BillingDayView> of(UUID patientId, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw ClinicException.badRequest("to", "must not be before from");
		}
		if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw ClinicException.badRequest("to", "must be at most " + MAX_DAYS + " days after from");
		}
		this.patients.requireExists(patientId);
		Map<LocalDate, List<BillableNote>> byDate = this.notes.ofPatient(patientId, from, to)
			.stream()
			.filter(note -> note.treatmentPlanId() != null)
			.collect(Collectors.groupingBy(BillableNote::dateOfService, TreeMap::new, Collectors.toList()));
		Map<UUID, List<LocalDate>> daysOfPlan = new HashMap<>();
		List<BillingDayView> days = byDate.entrySet()
			.stream()
			.map(date -> billingDay(date.getKey(), date.getValue(), daysOfPlan))
			.toList();
		this.auditTrail.allowed(AuditAction.READ, AuditResource.BILLING_DAY, null, patientId);
		return days;
	}

	private BillingDayView billingDay(LocalDate date, List<BillableNote> signed,
			Map<UUID, List<LocalDate>> daysOfPlan) {
		// R5 holds one plan per date of service, and a payer on it at every signing
		// (PostgreSQL too), so the first note's plan is the date's and it has a payer.
		UUID planId = Objects.requireNonNull(signed.get(0).treatmentPlanId());
		PlanOfCare plan = this.plans.of(planId).orElseThrow();
		PayerProfile payer = Objects.requireNonNull(plan.payerProfile());
		ServicesGiven services = ServicesGiven.ofDate(signed.stream().map(BillableNote::services).toList());
		UnitAllocation billed = payer.unitRule().allocate(services);
		List<LocalDate> planDays = daysOfPlan.computeIfAbsent(planId, this.treatmentDays::of);
		List<BillingDayFlag> flags = BillingDayFlags.of(date, billed, plan, planDays)
			.stream()
			.sorted(Comparator.comparing(Enum::name))
			.toList();
		return new BillingDayView(date, planId, payer, services.totalTimedMinutes(), totalTreatmentMinutes(signed),
				billed.lines().stream().map(BillingDayView.Line::of).toList(), billed.tieBrokenBy(),
				payer.enforced() ? KxStatus.UNKNOWN : KxStatus.NOT_APPLICABLE, null, flags,
				signed.stream().map(BillableNote::noteId).toList());
	}

	/** The date's treatment minutes over its notes, or null when none gives them. */
	private static @Nullable Integer totalTreatmentMinutes(List<BillableNote> signed) {
		return signed.stream()
			.map(BillableNote::totalTreatmentMinutes)
			.filter(Objects::nonNull)
			.reduce(Integer::sum)
			.orElse(null);
	}

}
