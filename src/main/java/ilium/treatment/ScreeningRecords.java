package ilium.treatment;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.audit.AuditTrail;
import ilium.patients.PatientRegistry;
import ilium.shared.ClinicException;
import ilium.shared.CurrentStaff;
import ilium.shared.PageQuery;
import ilium.shared.PageView;

/**
 * Red-flag screenings and physician clearances (DOMAIN.md, Red-flag screening).
 */
@Service
class ScreeningRecords {

	private final ScreeningRepository screenings;

	private final PatientRegistry patients;

	private final AuditTrail auditTrail;

	private final Clock clock;

	ScreeningRecords(ScreeningRepository screenings, PatientRegistry patients, AuditTrail auditTrail, Clock clock) {
		this.screenings = screenings;
		this.patients = patients;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	@Transactional
	ScreeningView record(UUID patientId, RecordScreening a) {
		patients.requireExists(patientId);
		List<RedFlag> flags = RedFlag.raisedBy(a);
		Disposition disposition = Disposition.of(flags);
		ScreeningView screening = new ScreeningView(UUID.randomUUID(), patientId, clock.instant(),
				CurrentStaff.require().userId(), a.fever(), a.lowBackOrButtockPain(), a.deepThighPain(),
				a.difficultyWalking(), a.saddleAnesthesia(), a.bladderOrBowelDysfunction(),
				a.progressiveNeurologicalDeficit(), a.historyOfCancer(), a.unexplainedWeightLoss(), a.majorTrauma(),
				a.immunosuppressionOrIvDrugUse(), a.painSide(), a.painLocations(), a.symptoms(),
				a.contributingFactors(), a.nprs(), flags, disposition, null, disposition == Disposition.CLEAR_TO_TREAT);
		screenings.insert(screening);
		auditTrail.allowed("CREATE", "screening", screening.id(), patientId);
		return screening;
	}

	/**
	 * Records a physician's clearance. A screening that was clear needs none, and one
	 * clearance stands for good: both are 409.
	 */
	@Transactional
	ScreeningView clear(UUID patientId, UUID screeningId, ClearScreening clearance) {
		ScreeningView screening = screenings.find(screeningId)
			.filter(s -> s.patientId().equals(patientId))
			.orElseThrow(() -> ClinicException.notFound("screening"));
		if (screening.disposition() == Disposition.CLEAR_TO_TREAT) {
			throw ClinicException.conflict("nothing-to-clear", "This screening raised no red flag to clear.");
		}
		if (!screenings.clear(screeningId, clearance, CurrentStaff.require().userId(), clock.instant())) {
			throw ClinicException.conflict("already-cleared", "A physician's clearance is already recorded.");
		}
		auditTrail.allowed("CLEAR", "screening", screeningId, patientId);
		return screenings.find(screeningId).orElseThrow();
	}

	@Transactional
	ScreeningView get(UUID patientId, UUID screeningId) {
		ScreeningView screening = screenings.find(screeningId)
			.filter(s -> s.patientId().equals(patientId))
			.orElseThrow(() -> ClinicException.notFound("screening"));
		auditTrail.allowed("READ", "screening", screeningId, patientId);
		return screening;
	}

	@Transactional
	PageView<ScreeningView> list(UUID patientId, PageQuery page) {
		patients.requireExists(patientId);
		auditTrail.allowed("READ", "screening", null, patientId);
		return PageView.of(screenings.page(patientId, page), page, screenings.count(patientId));
	}

	/**
	 * The patient's latest screening, for the activation gate and belt advice (no audit).
	 */
	Optional<ScreeningView> latest(UUID patientId) {
		return screenings.latest(patientId);
	}

}
