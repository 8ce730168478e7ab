package ilium.scheduling;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import ilium.audit.PatientOfResource;

/**
 * Names the patient of {@code /api/v1/appointments/{id}/...} for refused requests.
 */
@Component
class AppointmentPatients implements PatientOfResource {

	private final AppointmentBook appointments;

	AppointmentPatients(AppointmentBook appointments) {
		this.appointments = appointments;
	}

	@Override
	public String resourceType() {
		return "appointments";
	}

	@Override
	public Optional<UUID> patientOf(UUID appointmentId) {
		return appointments.find(appointmentId).map(AppointmentView::patientId);
	}

}
