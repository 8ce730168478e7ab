package ilium.episode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.shared.ClinicException;
import ilium.shared.ClinicProperties;
import ilium.shared.CurrentStaff;
import ilium.shared.DatabaseConstraint;
import ilium.treatment.HomeProgramView;
import ilium.treatment.HomePrograms;
import ilium.treatment.PlanStatus;
import ilium.treatment.PrescriptionView;
import ilium.treatment.TreatmentPlanView;
import ilium.treatment.TreatmentPlanning;

/**
 * Home-exercise adherence (EPISODE.md R12): what patients report of each prescription
 * week by week, its bands, and the pain flags the compliance worklist raises. Entries are
 * append-only; the dose never changes by itself. Every read and write is audited with the
 * patient.
 */
@Service
public class HomeExerciseAdherence {

	/** How many of a prescription's latest entries its mean covers. */
	static final int MEAN_OF_LAST = 4;

	private final AdherenceRepository entries;

	private final TreatmentPlanning planning;

	private final HomePrograms homePrograms;

	private final AuditTrail auditTrail;

	private final EpisodeProperties properties;

	private final ClinicProperties clinic;

	private final Clock clock;

	HomeExerciseAdherence(AdherenceRepository entries, TreatmentPlanning planning, HomePrograms homePrograms,
			AuditTrail auditTrail, EpisodeProperties properties, ClinicProperties clinic, Clock clock) {
		this.entries = entries;
		this.planning = planning;
		this.homePrograms = homePrograms;
		this.auditTrail = auditTrail;
		this.properties = properties;
		this.clinic = clinic;
		this.clock = clock;
	}

	/**
	 * Records one week of a prescription, by any therapist. Accepted only while the plan
	 * is ACTIVE and its home program of {@code reportedOn} lists the prescription (else
	 * 409 {@code prescription-not-in-force}); the sessions expected are those of the dose
	 * in force that day. One entry per prescription and date (409
	 * {@code duplicate-adherence-entry}).
	 */
	@Transactional
	public AdherenceEntryView record(UUID planId, RecordAdherence command) {
		TreatmentPlanView plan = planning.find(planId).orElseThrow(() -> ClinicException.notFound("treatment plan"));
		if (plan.status() != PlanStatus.ACTIVE) {
			throw notInForce("The plan is " + plan.status() + "; adherence is recorded only while it is ACTIVE.");
		}
		HomeProgramView.Exercise dose = homePrograms.of(plan, command.reportedOn())
			.exercises()
			.stream()
			.filter(exercise -> exercise.prescriptionId().equals(command.prescriptionId()))
			.findFirst()
			.orElseThrow(() -> notInForce(
					"The plan's home program of " + command.reportedOn() + " does not list this prescription."));
		UUID id = UUID.randomUUID();
		try {
			entries.insert(id, planId, command, dose.timesPerDay() * dose.daysPerWeek(),
					CurrentStaff.require().userId(), clock.instant());
		}
		catch (DataIntegrityViolationException ex) {
			if (DatabaseConstraint.is(ex, "hep_adherence_entry_one_per_day")) {
				throw ClinicException.conflict(EpisodeProblems.DUPLICATE_ADHERENCE_ENTRY,
						"This prescription already has an adherence entry for " + command.reportedOn() + ".");
			}
			if (DatabaseConstraint.is(ex, "hep_adherence_entry_plan_active")) {
				throw notInForce("The plan is no longer ACTIVE; adherence is recorded only while it is.");
			}
			throw ex;
		}
		auditTrail.allowed(AuditAction.CREATE, AuditResource.HEP_ADHERENCE, id, plan.patientId());
		return entries.find(planId, id).orElseThrow();
	}

	/** One entry of the plan, where its {@code Location} points; 404 when unknown. */
	@Transactional(readOnly = true)
	public AdherenceEntryView find(UUID planId, UUID entryId) {
		TreatmentPlanView plan = planning.find(planId).orElseThrow(() -> ClinicException.notFound("treatment plan"));
		AdherenceEntryView entry = entries.find(planId, entryId)
			.orElseThrow(() -> ClinicException.notFound("adherence entry"));
		auditTrail.allowed(AuditAction.READ, AuditResource.HEP_ADHERENCE, entryId, plan.patientId());
		return entry;
	}

	/**
	 * The plan's entries reported {@code from..to} (defaults and bounds in
	 * {@link AdherencePeriod}), oldest first, and per prescription with an entry up to
	 * {@code to}, in the plan's order: the latest entry's band and pain flag, and the
	 * mean of its last 4 entries up to {@code to} (earlier than {@code from} too).
	 */
	@Transactional(readOnly = true)
	public AdherenceView between(UUID planId, @Nullable LocalDate from, @Nullable LocalDate to) {
		AdherencePeriod period = AdherencePeriod.of(from, to, LocalDate.now(clock.withZone(clinic.timeZone())));
		TreatmentPlanView plan = planning.find(planId).orElseThrow(() -> ClinicException.notFound("treatment plan"));
		auditTrail.allowed(AuditAction.READ, AuditResource.HEP_ADHERENCE, null, plan.patientId());
		return new AdherenceView(entries.between(planId, period), summary(plan, period.to()));
	}

	/**
	 * For the compliance worklist: the prescriptions of this plan whose latest entry
	 * reported on or before {@code on} carries a pain flag (worklist
	 * {@code HEP_PAIN_FLAG}, dated that entry's {@code reportedOn}), oldest first. Not
	 * audited here: the caller audits what it shows.
	 */
	@Transactional(readOnly = true)
	public List<HepPainFlag> painFlags(UUID planId, LocalDate on) {
		return painFlags(List.of(planId), on);
	}

	/**
	 * As {@link #painFlags(UUID, LocalDate)} for many plans at once (a worklist page), by
	 * plan, then oldest first. Whatever the plans' or prescriptions' status: the caller
	 * picks the plans it lists.
	 */
	@Transactional(readOnly = true)
	public List<HepPainFlag> painFlags(Collection<UUID> planIds, LocalDate on) {
		if (planIds.isEmpty()) {
			return List.of();
		}
		return entries.painFlags(planIds, on, properties.hepPainFlagAt());
	}

	private List<AdherenceSummaryView> summary(TreatmentPlanView plan, LocalDate asOf) {
		Map<UUID, List<AdherenceEntryView>> byPrescription = new LinkedHashMap<>();
		for (AdherenceEntryView entry : entries.latest(plan.id(), asOf, MEAN_OF_LAST)) {
			byPrescription.computeIfAbsent(entry.prescriptionId(), key -> new ArrayList<>()).add(entry);
		}
		List<UUID> order = plan.prescriptions().stream().map(PrescriptionView::id).toList();
		return byPrescription.values()
			.stream()
			.map(HomeExerciseAdherence::summaryOf)
			.sorted(Comparator.comparingInt(summary -> order.indexOf(summary.prescriptionId())))
			.toList();
	}

	/** Newest first: the latest entry decides band and flag. */
	private static AdherenceSummaryView summaryOf(List<AdherenceEntryView> newestFirst) {
		AdherenceEntryView latest = newestFirst.getFirst();
		int sum = newestFirst.stream().mapToInt(AdherenceEntryView::adherencePercent).sum();
		BigDecimal mean = BigDecimal.valueOf(sum)
			.divide(BigDecimal.valueOf(newestFirst.size()), 1, RoundingMode.HALF_UP);
		return new AdherenceSummaryView(latest.prescriptionId(), latest.band(), mean, latest.painFlag());
	}

	private static ClinicException notInForce(String detail) {
		return ClinicException.conflict(EpisodeProblems.PRESCRIPTION_NOT_IN_FORCE, detail);
	}

}
