package ilium.fhir;

import java.util.Date;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.Appointment.ParticipantRequired;
import org.hl7.fhir.r4.model.Appointment.ParticipationStatus;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

import ilium.scheduling.AppointmentView;

/** Appointments as FHIR {@code Appointment} (docs/fhir.md). */
final class AppointmentMapping {

	private AppointmentMapping() {
	}

	static Appointment appointment(AppointmentView view) {
		Appointment appointment = new Appointment();
		appointment.setId(view.id().toString());
		appointment.getMeta().setVersionId(Long.toString(view.version()));
		appointment.setStatus(status(view.status()));
		appointment.setAppointmentType(new CodeableConcept()
			.addCoding(new Coding(Fhir.APPOINTMENT_TYPE, view.type().name(), words(view.type().name()))));
		appointment.setStart(Date.from(view.start()));
		appointment.setEnd(Date.from(view.end()));
		appointment.setMinutesDuration(view.durationMinutes());
		appointment.setComment(view.note());
		if (view.cancellationReason() != null) {
			appointment.setCancelationReason(new CodeableConcept().setText(view.cancellationReason()));
		}
		if (view.lateCancellation()) {
			appointment.addExtension(Fhir.LATE_CANCELLATION, new BooleanType(true));
		}
		appointment.addParticipant()
			.setActor(FhirIds.to("Patient", view.patientId()))
			.setRequired(ParticipantRequired.REQUIRED)
			.setStatus(ParticipationStatus.ACCEPTED);
		appointment.addParticipant()
			.setActor(FhirIds.to("Practitioner", view.therapistId()))
			.setRequired(ParticipantRequired.REQUIRED)
			.setStatus(ParticipationStatus.ACCEPTED);
		return appointment;
	}

	/** The mapping: BOOKED→booked … NO_SHOW→noshow. */
	static AppointmentStatus status(ilium.scheduling.AppointmentStatus status) {
		return switch (status) {
			case BOOKED -> AppointmentStatus.BOOKED;
			case CHECKED_IN -> AppointmentStatus.CHECKEDIN;
			case COMPLETED -> AppointmentStatus.FULFILLED;
			case CANCELLED -> AppointmentStatus.CANCELLED;
			case NO_SHOW -> AppointmentStatus.NOSHOW;
		};
	}

	/** {@code INITIAL_EVALUATION} as "Initial evaluation", a code's display. */
	static String words(String code) {
		String spaced = code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

}
