package ilium.episode;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.audit.AccessRefused;
import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.shared.ClinicException;
import ilium.shared.ClinicProperties;
import ilium.shared.CurrentStaff;
import ilium.treatment.PlanOfCareIncompleteException;
import ilium.treatment.PlansOfCare;
import ilium.treatment.Referral;
import ilium.treatment.TreatmentPlanView;
import ilium.treatment.TreatmentPlanning;

/**
 * Certification of the plan of care (EPISODE.md R8): the intervals a physician certifies,
 * recorded by the plan's therapist, each write kept; their status computed at each read.
 * Recording stays open on a closed plan: a signature may arrive after the last visit.
 * Every read and write is audited with the patient.
 */
@Service
public class Certifications {

	/** The first day of service the 2025 referral exception covers (CY2025 PFS). */
	static final LocalDate REFERRAL_EXCEPTION_FROM = LocalDate.of(2025, 1, 1);

	private final CertificationRepository certifications;

	private final TreatmentPlanning planning;

	private final PlansOfCare plansOfCare;

	private final TreatmentDays treatmentDays;

	private final AuditTrail auditTrail;

	private final ClinicProperties clinic;

	private final Clock clock;

	Certifications(CertificationRepository certifications, TreatmentPlanning planning, PlansOfCare plansOfCare,
			TreatmentDays treatmentDays, AuditTrail auditTrail, ClinicProperties clinic, Clock clock) {
		this.certifications = certifications;
		this.planning = planning;
		this.plansOfCare = plansOfCare;
		this.treatmentDays = treatmentDays;
		this.auditTrail = auditTrail;
		this.clinic = clinic;
		this.clock = clock;
	}

	/**
	 * Records interval {@code seq} by the plan's therapist (else 403): dates on or after
	 * D0 and a signature on or after the sending and the verbal order (else 400); the
	 * plan started (409 {@code episode-not-started}) and ready for certification (422
	 * {@code plan-of-care-incomplete}); interval n after a certified n − 1 and starting
	 * by the plan's end (422 {@code certification-out-of-sequence}); the referral
	 * exception only where it applies (422 {@code referral-exception-not-allowed}).
	 */
	@Transactional
	public Recorded record(UUID planId, int seq, RecordCertification command) {
		TreatmentPlanView plan = planning.find(planId).orElseThrow(() -> ClinicException.notFound("treatment plan"));
		if (!CurrentStaff.require().isTherapist(plan.therapistId())) {
			throw AccessRefused.to(AuditAction.UPDATE, AuditResource.CERTIFICATION, planId, plan.patientId());
		}
		if (seq < 1) {
			throw ClinicException.badRequest("seq", "must be 1 or more");
		}
		CertificationDates.requireOrdered(command);
		LocalDate d0 = treatmentDays.of(planId)
			.orElseThrow(() -> ClinicException.conflict(EpisodeProblems.EPISODE_NOT_STARTED,
					"The plan has no treatment day yet: its episode, and the first interval, start on the first."));
		CertificationDates.requireNotBefore(command, d0);
		List<String> missing = plansOfCare.missingForCertification(planId);
		if (!missing.isEmpty()) {
			throw PlanOfCareIncompleteException.missing(missing);
		}
		certifications.lock(planId);
		List<CertificationRepository.Stored> stored = certifications.ofPlan(planId);
		if (command.method() == CertificationMethod.REFERRAL_EXCEPTION_2025) {
			requireReferralException(seq, command, d0, plan.planOfCare().referral());
		}
		boolean created = seq > stored.size();
		if (created) {
			certifications.insertInterval(planId, nextInterval(stored, seq, d0, plan.planEndDate()));
		}
		certifications.insertWrite(planId, seq, withoutBlankReason(command), CurrentStaff.require().userId(),
				clock.instant());
		auditTrail.allowed(created ? AuditAction.CREATE : AuditAction.UPDATE, AuditResource.CERTIFICATION, planId,
				plan.patientId());
		return new Recorded(created, view(certifications.ofPlan(planId).get(seq - 1), d0, answeredAsOf(command)));
	}

	/** The plan's intervals as of {@code on} (default today), audited. */
	@Transactional(readOnly = true)
	public CertificationsView of(UUID planId, @Nullable LocalDate on) {
		TreatmentPlanView plan = planning.find(planId).orElseThrow(() -> ClinicException.notFound("treatment plan"));
		LocalDate asOf = (on == null) ? today() : on;
		Optional<LocalDate> d0 = treatmentDays.daysOf(planId).stream().filter(day -> !day.isAfter(asOf)).findFirst();
		List<CertificationRepository.Stored> stored = certifications.ofPlan(planId);
		List<CertificationView> intervals = d0
			.map(start -> stored.isEmpty() ? Stream.of(CertificationInterval.first(start, plan.planEndDate()))
				.filter(CertificationInterval::withinPlan)
				.map(first -> unrecorded(first, start, asOf))
				.toList() : stored.stream().map(interval -> view(interval, start, asOf)).toList())
			.orElse(List.of());
		auditTrail.allowed(AuditAction.READ, AuditResource.CERTIFICATION, planId, plan.patientId());
		return new CertificationsView(d0.orElse(null), plan.planEndDate(), intervals);
	}

	/**
	 * For billing days and the worklist: the plan's recorded intervals with their rule,
	 * first first. Not audited: the caller audits what it shows.
	 */
	@Transactional(readOnly = true)
	public List<CertificationInterval> intervalsOf(UUID planId) {
		return certifications.ofPlan(planId).stream().map(CertificationRepository.Stored::interval).toList();
	}

	private CertificationInterval nextInterval(List<CertificationRepository.Stored> stored, int seq, LocalDate d0,
			LocalDate planEndDate) {
		if (seq != stored.size() + 1) {
			throw outOfSequence("Interval " + (stored.size() + 1) + " is the next to record, not " + seq + ".");
		}
		CertificationInterval next;
		if (stored.isEmpty()) {
			next = CertificationInterval.first(d0, planEndDate);
		}
		else {
			CertificationInterval previous = stored.getLast().interval();
			if (!previous.status(d0, LocalDate.MAX).certified()) {
				throw outOfSequence("Interval " + previous.seq() + " is not certified yet.");
			}
			next = previous.next(planEndDate);
		}
		if (!next.withinPlan()) {
			throw outOfSequence("Interval " + seq + " would start on " + next.start()
					+ ", after the plan's end date: extend the plan of care first.");
		}
		return next;
	}

	private static void requireReferralException(int seq, RecordCertification command, LocalDate d0,
			@Nullable Referral referral) {
		String refusal = null;
		if (seq != 1) {
			refusal = "it certifies the initial interval only";
		}
		else if (d0.isBefore(REFERRAL_EXCEPTION_FROM)) {
			refusal = "it applies to episodes starting on or after " + REFERRAL_EXCEPTION_FROM;
		}
		else if (referral == null || !referral.orderOnFile()) {
			refusal = "the plan's referral order is not on file";
		}
		else if (referral.orderDate().isAfter(d0)) {
			refusal = "the referral order is dated after the episode start";
		}
		else if (command.signedOn() != null) {
			refusal = "it certifies unsigned: leave signedOn out";
		}
		if (refusal != null) {
			throw ClinicException.ruleViolated(EpisodeProblems.REFERRAL_EXCEPTION_NOT_ALLOWED,
					"The 2025 referral exception does not apply: " + refusal + ".");
		}
	}

	private static RecordCertification withoutBlankReason(RecordCertification command) {
		String reason = command.delayReason();
		return (reason == null || !reason.isBlank()) ? command
				: new RecordCertification(command.method(), command.sentOn(), command.verbalOn(), command.signedOn(),
						command.certifierName(), command.certifierNpi(), null);
	}

	private static CertificationView view(CertificationRepository.Stored stored, LocalDate d0, LocalDate on) {
		CertificationView.Write latest = stored.latest();
		return new CertificationView(stored.seq(), CertificationKind.of(stored.seq()), stored.start(), stored.end(),
				latest.method(), latest.sentOn(), latest.verbalOn(), latest.signedOn(), latest.certifierName(),
				latest.certifierNpi(), latest.delayReason(), stored.interval().status(d0, on),
				stored.writes().subList(0, stored.writes().size() - 1));
	}

	private static CertificationView unrecorded(CertificationInterval interval, LocalDate d0, LocalDate on) {
		return new CertificationView(interval.seq(), interval.kind(), interval.start(), interval.end(), null, null,
				null, null, null, null, null, interval.status(d0, on), List.of());
	}

	private static ClinicException outOfSequence(String detail) {
		return ClinicException.ruleViolated(EpisodeProblems.CERTIFICATION_OUT_OF_SEQUENCE, detail);
	}

	/**
	 * A write answers with every date it records counted: as of today, or of its latest
	 * date when that is later (a date is never checked against today).
	 */
	private LocalDate answeredAsOf(RecordCertification command) {
		return Stream.of(command.sentOn(), command.verbalOn(), command.signedOn())
			.filter(Objects::nonNull)
			.reduce(today(), (latest, date) -> date.isAfter(latest) ? date : latest);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(clinic.timeZone()));
	}

	/** A write's outcome: whether it created the interval, and the interval now. */
	public record Recorded(boolean created, CertificationView interval) {
	}

}
