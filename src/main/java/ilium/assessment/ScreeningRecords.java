package ilium.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.patients.PatientRegistry;
import ilium.shared.ClinicException;
import ilium.shared.ClinicProperties;
import ilium.shared.CurrentStaff;
import ilium.shared.PageQuery;
import ilium.shared.PageView;

/**
 * Red-flag screenings and physician clearances (DOMAIN.md, Red-flag screening).
 */
@Service
public class ScreeningRecords {

	private final ScreeningRepository screenings;

	private final PatientRegistry patients;

	private final AuditTrail auditTrail;

	private final ClinicProperties clinic;

	private final Clock clock;

	ScreeningRecords(ScreeningRepository screenings, PatientRegistry patients, AuditTrail auditTrail,
			ClinicProperties clinic, Clock clock) {
		this.clinic = clinic;
		this.screenings = screenings;
		this.patients = patients;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	/**
	 * Records a screening. A referral puts the patient's ACTIVE plan ON_HOLD in the same
	 * transaction: PostgreSQL's trigger on {@code screening} does it (V53), so no path
	 * can skip it and this module needs no call into {@code treatment}.
	 */
	@Transactional
	public ScreeningView record(UUID patientId, RecordScreening a) {
		patients.requireExists(patientId);
		LocalDate today = today();
		LocalDate screenedOn = a.screenedOn() == null ? today : a.screenedOn();
		if (screenedOn.isAfter(today) || screenedOn.isBefore(today.minusYears(1))) {
			throw ClinicException.badRequest("screenedOn", "must lie between a year ago and today");
		}
		List<RedFlag> flags = a.redFlags();
		Disposition disposition = a.disposition();
		ScreeningView screening = new ScreeningView(UUID.randomUUID(), patientId, screenedOn, clock.instant(),
				CurrentStaff.require().userId(), a.fever(), a.lowBackOrButtockPain(), a.deepThighPain(),
				a.difficultyWalking(), a.saddleAnesthesia(), a.bladderOrBowelDysfunction(),
				a.progressiveNeurologicalDeficit(), a.historyOfCancer(), a.unexplainedWeightLoss(), a.majorTrauma(),
				a.immunosuppressionOrIvDrugUse(), a.painSide(), a.painLocations(), a.symptoms(),
				a.contributingFactors(), a.nprs(), flags, disposition, null, disposition == Disposition.CLEAR_TO_TREAT);
		screenings.insert(screening);
		auditTrail.allowed(AuditAction.CREATE, AuditResource.SCREENING, screening.id(), patientId);
		return screening;
	}

	/**
	 * Records a physician's clearance: only it resolves a referral (a later clear
	 * screening does not). Dated between the screening's day and today (else 400; a given
	 * NPI is valid, {@link ilium.shared.Npi}). A screening that was clear needs none, and
	 * one clearance stands for good: both are 409.
	 */
	@Transactional
	public ScreeningView clear(UUID patientId, UUID screeningId, ClearScreening clearance) {
		ScreeningView screening = screenings.find(screeningId)
			.filter(s -> s.patientId().equals(patientId))
			.orElseThrow(() -> ClinicException.notFound("screening"));
		if (clearance.clearedOn().isBefore(screening.screenedOn()) || clearance.clearedOn().isAfter(today())) {
			throw ClinicException.badRequest("clearedOn",
					"must lie between the screening's day (" + screening.screenedOn() + ") and today");
		}
		if (screening.disposition() == Disposition.CLEAR_TO_TREAT) {
			throw ClinicException.conflict(AssessmentProblems.NOTHING_TO_CLEAR,
					"This screening raised no red flag to clear.");
		}
		if (!screenings.clear(screeningId, clearance, CurrentStaff.require().userId(), clock.instant())) {
			throw ClinicException.conflict(AssessmentProblems.ALREADY_CLEARED,
					"A physician's clearance is already recorded.");
		}
		auditTrail.allowed(AuditAction.CLEAR, AuditResource.SCREENING, screeningId, patientId);
		return screenings.find(screeningId).orElseThrow();
	}

	@Transactional(readOnly = true)
	ScreeningView get(UUID patientId, UUID screeningId) {
		ScreeningView screening = screenings.find(screeningId)
			.filter(s -> s.patientId().equals(patientId))
			.orElseThrow(() -> ClinicException.notFound("screening"));
		auditTrail.allowed(AuditAction.READ, AuditResource.SCREENING, screeningId, patientId);
		return screening;
	}

	@Transactional(readOnly = true)
	public PageView<ScreeningView> list(UUID patientId, PageQuery page) {
		patients.requireExists(patientId);
		auditTrail.allowed(AuditAction.READ, AuditResource.SCREENING, null, patientId);
		return PageView.of(screenings.page(patientId, page), page, screenings.count(patientId));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(clinic.timeZone()));
	}

}
