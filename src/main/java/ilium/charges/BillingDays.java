package ilium.charges;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.billing.BillingConfiguration;
import ilium.billing.BillingFlag;
import ilium.billing.KxLedger;
import ilium.billing.KxStatus;
import ilium.billing.NcciPair;
import ilium.billing.ReviewFlagRule;
import ilium.billing.ServicesGiven;
import ilium.billing.UnitAllocation;
import ilium.episode.EpisodeClocks;
import ilium.episode.PlanClocks;
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
 * every signed note of the date by the plan's payer rule (R3 or R4), at each read, never
 * stored. Medicare days carry the year's KX standing (R13), which runs over the whole
 * calendar year, so the dates before {@code from} in its year are counted too.
 */
@Service
public class BillingDays {

	/** The longest range one read covers (EPISODE.md). */
	static final int MAX_DAYS = 366;

	private final BillableNotes notes;

	private final PlansOfCare plans;

	private final TreatmentDays treatmentDays;

	private final EpisodeClocks clocks;

	private final BillingConfiguration configuration;

	private final PatientRegistry patients;

	private final AuditTrail auditTrail;

	BillingDays(BillableNotes notes, PlansOfCare plans, TreatmentDays treatmentDays, EpisodeClocks clocks,
			BillingConfiguration configuration, PatientRegistry patients, AuditTrail auditTrail) {
		this.clocks = clocks;
		this.notes = notes;
		this.plans = plans;
		this.treatmentDays = treatmentDays;
		this.configuration = configuration;
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
		List<BillingDayView> days = counted(patientId, from, to).stream().map(CountedDay::day).toList();
		this.auditTrail.allowed(AuditAction.READ, AuditResource.BILLING_DAY, null, patientId);
		return days;
	}

	/**
	 * The patient's billing days from {@code from} to {@code to}, oldest first, each with
	 * the plan and the signed notes it was counted from: the one computation behind every
	 * read of a billing day. Neither bounded nor audited: its caller's.
	 */
	List<CountedDay> counted(UUID patientId, LocalDate from, LocalDate to) {
		List<BilledDate> dates = billedDates(patientId, LocalDate.of(from.getYear(), 1, 1), to);
		Map<UUID, PlanClocks> clocksOfPlan = new HashMap<>();
		Map<Integer, KxLedger> ledgers = kxLedgers(patientId, dates,
				date -> clocksOfPlan.computeIfAbsent(date.planId(), this.clocks::of));
		List<NcciPair> ncciPairs = this.configuration.ncciPairs();
		Map<UUID, List<LocalDate>> daysOfPlan = new HashMap<>();
		return dates.stream()
			.filter(date -> !date.date().isBefore(from))
			.map(date -> new CountedDay(view(date, ledgers.get(date.date().getYear()), ncciPairs,
					daysOfPlan.computeIfAbsent(date.planId(), this.treatmentDays::daysOf),
					clocksOfPlan.computeIfAbsent(date.planId(), this.clocks::of)), date.plan(), date.notes()))
			.toList();
	}

	/**
	 * R13: the patient's KX ledger of the calendar year, over its Medicare billing days;
	 * empty when the year has none. Not audited: its caller's.
	 */
	Optional<KxLedger> kxLedger(UUID patientId, int year) {
		List<BilledDate> dates = billedDates(patientId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		Map<UUID, PlanClocks> clocksOfPlan = new HashMap<>();
		return Optional.ofNullable(
				kxLedgers(patientId, dates, date -> clocksOfPlan.computeIfAbsent(date.planId(), this.clocks::of))
					.get(year));
	}

	private List<BilledDate> billedDates(UUID patientId, LocalDate from, LocalDate to) {
		Map<LocalDate, List<BillableNote>> byDate = this.notes.ofPatient(patientId, from, to)
			.stream()
			.filter(note -> note.treatmentPlanId() != null)
			.collect(Collectors.groupingBy(BillableNote::dateOfService, TreeMap::new, Collectors.toList()));
		Map<UUID, PlanOfCare> plansOfCare = new HashMap<>();
		return byDate.entrySet().stream().map(date -> {
			// R5 holds one plan per date of service, and a payer on it at every signing
			// (PostgreSQL too), so the first note's plan is the date's and it has a
			// payer.
			UUID planId = Objects.requireNonNull(date.getValue().get(0).treatmentPlanId());
			PlanOfCare plan = plansOfCare.computeIfAbsent(planId, id -> this.plans.of(id).orElseThrow());
			PayerProfile payer = Objects.requireNonNull(plan.payerProfile());
			ServicesGiven services = ServicesGiven
				.ofDate(date.getValue().stream().map(BillableNote::services).toList());
			return new BilledDate(date.getKey(), planId, plan, payer, services, payer.unitRule().allocate(services),
					date.getValue());
		}).toList();
	}

	/** R13, per calendar year, over the Medicare dates only. */
	private Map<Integer, KxLedger> kxLedgers(UUID patientId, List<BilledDate> dates,
			Function<BilledDate, PlanClocks> clocksOf) {
		Map<LocalDate, BilledDate> byDate = dates.stream()
			.collect(Collectors.toMap(BilledDate::date, Function.identity()));
		Map<Integer, List<KxLedger.Billed>> byYear = new HashMap<>();
		dates.stream()
			.filter(date -> date.payer().enforced())
			.forEach(date -> date.billed()
				.lines()
				.forEach(line -> byYear.computeIfAbsent(date.date().getYear(), year -> new ArrayList<>())
					.add(new KxLedger.Billed(date.date(), line.cpt(), line.units()))));
		Map<Integer, KxLedger> ledgers = new HashMap<>();
		byYear.forEach((year, billed) -> ledgers.put(year,
				KxLedger.of(this.configuration.yearConfiguration(year).orElse(null),
						this.configuration.priorYtdAllowed(patientId, year), billed,
						day -> clocksOf.apply(byDate.get(day)).kxSupported(day))));
		return ledgers;
	}

	private static BillingDayView view(BilledDate date, @Nullable KxLedger ledger, List<NcciPair> ncciPairs,
			List<LocalDate> treatmentDays, PlanClocks clocks) {
		Set<BillingFlag> flags = EnumSet.noneOf(BillingFlag.class);
		flags.addAll(ReviewFlagRule.flagsOf(date.billed(), ncciPairs, date.plan().plannedServices()));
		if (date.payer().enforced()) {
			flags.addAll(BillingDayFlags.of(date.date(), date.plan(), treatmentDays, clocks));
		}
		KxLedger.Day kxDay = (ledger == null) ? null
				: ledger.days().stream().filter(day -> day.date().equals(date.date())).findFirst().orElse(null);
		if (kxDay != null) {
			flags.addAll(kxDay.flags());
		}
		List<BillingDayView.Line> lines = date.billed()
			.lines()
			.stream()
			.map(line -> BillingDayView.Line.of(line,
					ledger != null && ledger.lines()
						.stream()
						.anyMatch(kx -> kx.kx() && kx.date().equals(date.date()) && kx.cpt() == line.cpt())))
			.toList();
		return new BillingDayView(date.date(), date.planId(), date.payer(), date.services().totalTimedMinutes(),
				totalTreatmentMinutes(date.notes()), lines, date.billed().tieBrokenBy(),
				(kxDay == null) ? KxStatus.NOT_APPLICABLE : kxDay.status(),
				(kxDay == null) ? null : kxDay.runningTotal(),
				flags.stream().sorted(Comparator.comparing(Enum::name)).toList(),
				date.notes().stream().map(BillableNote::noteId).toList());
	}

	/** The date's treatment minutes over its notes, or null when none gives them. */
	private static @Nullable Integer totalTreatmentMinutes(List<BillableNote> signed) {
		return signed.stream()
			.map(BillableNote::totalTreatmentMinutes)
			.filter(Objects::nonNull)
			.reduce(Integer::sum)
			.orElse(null);
	}

	/** One date of service as billed: its plan, payer, services and units. */
	private record BilledDate(LocalDate date, UUID planId, PlanOfCare plan, PayerProfile payer, ServicesGiven services,
			UnitAllocation billed, List<BillableNote> notes) {
	}

}
