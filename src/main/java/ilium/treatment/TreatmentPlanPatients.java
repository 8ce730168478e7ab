package ilium.treatment;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import ilium.audit.PatientOfResource;

/**
 * Names the patient of {@code /api/v1/treatment-plans/{id}/...} for refused requests.
 */
@Component
class TreatmentPlanPatients implements PatientOfResource {

	private final TreatmentPlanning plans;

	TreatmentPlanPatients(TreatmentPlanning plans) {
		this.plans = plans;
	}

	@Override
	public String resourceType() {
		return "treatment-plans";
	}

	@Override
	public Optional<UUID> patientOf(UUID planId) {
		return plans.find(planId).map(TreatmentPlanView::patientId);
	}

}
