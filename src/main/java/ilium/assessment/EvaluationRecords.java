package ilium.assessment;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.patients.PatientRegistry;
import ilium.scheduling.AppointmentBook;
import ilium.shared.ClinicException;
import ilium.shared.CurrentStaff;
import ilium.shared.PageQuery;
import ilium.shared.PageView;

/**
 * SI joint evaluations with their computed cluster (DOMAIN.md, SI joint evaluation).
 */
@Service
public class EvaluationRecords {

	private final EvaluationRepository evaluations;

	private final PatientRegistry patients;

	private final AppointmentBook appointments;

	private final AuditTrail auditTrail;

	private final Clock clock;

	EvaluationRecords(EvaluationRepository evaluations, PatientRegistry patients, AppointmentBook appointments,
			AuditTrail auditTrail, Clock clock) {
		this.evaluations = evaluations;
		this.patients = patients;
		this.appointments = appointments;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	@Transactional
	public EvaluationView record(UUID patientId, RecordEvaluation e) {
		if (e.claimsCompressionEaseWithoutPositiveAslr()) {
			throw ClinicException.badRequest("aslrEasierWithCompression",
					"can be true only with a positive ASLR (left + right at least 1)");
		}
		patients.requireExists(patientId);
		if (e.appointmentId() != null && appointments.find(e.appointmentId())
			.filter(appointment -> appointment.patientId().equals(patientId))
			.isEmpty()) {
			throw ClinicException.ruleViolated(AssessmentProblems.APPOINTMENT_OF_ANOTHER_PATIENT,
					"The appointment is not one of this patient's.");
		}
		EvaluationView evaluation = new EvaluationView(UUID.randomUUID(), patientId, e.appointmentId(), clock.instant(),
				CurrentStaff.require().userId(), e.provocationTests(), LaslettCluster.of(e.provocationTests()),
				e.aslr() == null ? null : e.aslr().view(), e.aslrEasierWithCompression(), e.jointMobility(),
				e.painSide(), e.nprs(), e.findings());
		evaluations.insert(evaluation);
		auditTrail.allowed(AuditAction.CREATE, AuditResource.EVALUATION, evaluation.id(), patientId);
		return evaluation;
	}

	@Transactional(readOnly = true)
	public EvaluationView get(UUID patientId, UUID evaluationId) {
		EvaluationView evaluation = evaluations.find(evaluationId)
			.filter(e -> e.patientId().equals(patientId))
			.orElseThrow(() -> ClinicException.notFound("evaluation"));
		auditTrail.allowed(AuditAction.READ, AuditResource.EVALUATION, evaluationId, patientId);
		return evaluation;
	}

	@Transactional(readOnly = true)
	public PageView<EvaluationView> list(UUID patientId, PageQuery page) {
		patients.requireExists(patientId);
		auditTrail.allowed(AuditAction.READ, AuditResource.EVALUATION, null, patientId);
		return PageView.of(evaluations.page(patientId, page), page, evaluations.count(patientId));
	}

}
