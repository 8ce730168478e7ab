package ilium.fhir;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Procedure.ProcedureStatus;
import org.jspecify.annotations.Nullable;

import ilium.scheduling.AppointmentView;
import ilium.visits.ManualTherapyEntry;
import ilium.visits.VisitNoteStatus;
import ilium.visits.VisitNoteView;

/**
 * A visit note as a FHIR {@code Encounter} (the visit: its period is its appointment's,
 * its participant the treating therapist) and each manual-therapy entry as a
 * {@code Procedure} of that encounter, id {@code <note id>-<position>}, followed by the
 * exercises performed ({@link VisitDocumentMapping}, docs/fhir.md).
 */
final class VisitMapping {

	private static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

	private static final String PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";

	private VisitMapping() {
	}

	static Encounter encounter(VisitNoteView note, @Nullable AppointmentView appointment) {
		Encounter encounter = new Encounter();
		encounter.setId(note.id().toString());
		encounter.getMeta().setVersionId(Long.toString(note.version()));
		encounter
			.setStatus(note.status() == VisitNoteStatus.SIGNED ? EncounterStatus.FINISHED : EncounterStatus.INPROGRESS);
		encounter.setClass_(new Coding(ACT_CODE, "AMB", "ambulatory"));
		encounter.setSubject(FhirIds.to("Patient", note.patientId()));
		encounter.addParticipant()
			.addType(new CodeableConcept().addCoding(new Coding(PARTICIPATION, "PPRF", "primary performer")))
			.setIndividual(FhirIds.to("Practitioner", note.therapistId()));
		encounter.addAppointment(FhirIds.to("Appointment", note.appointmentId()));
		if (appointment != null) {
			encounter
				.setPeriod(new Period().setStart(Date.from(appointment.start())).setEnd(Date.from(appointment.end())));
			encounter.setType(List.of(new CodeableConcept().addCoding(new Coding(Fhir.APPOINTMENT_TYPE,
					appointment.type().name(), AppointmentMapping.words(appointment.type().name())))));
		}
		if (note.totalTreatmentMinutes() != null) {
			encounter.setLength(minutes(note.totalTreatmentMinutes()));
		}
		if (note.treatmentPlanId() != null) {
			encounter.addReasonReference(FhirIds.to("Condition", note.treatmentPlanId()));
		}
		return encounter;
	}

	static List<Procedure> procedures(VisitNoteView note, @Nullable AppointmentView appointment) {
		List<Procedure> procedures = new ArrayList<>();
		for (int i = 0; i < note.manualTherapy().size(); i++) {
			procedures.add(procedure(note, i + 1, note.manualTherapy().get(i), appointment));
		}
		procedures.addAll(VisitDocumentMapping.exercises(note, appointment));
		return procedures;
	}

	static Procedure procedure(VisitNoteView note, int position, ManualTherapyEntry entry,
			@Nullable AppointmentView appointment) {
		Procedure procedure = new Procedure();
		procedure.setId(note.id() + "-" + position);
		procedure.setStatus(
				note.status() == VisitNoteStatus.SIGNED ? ProcedureStatus.COMPLETED : ProcedureStatus.INPROGRESS);
		procedure.setCode(new CodeableConcept().addCoding(new Coding(Fhir.MANUAL_TECHNIQUE, entry.technique().name(),
				AppointmentMapping.words(entry.technique().name()))));
		procedure.setSubject(FhirIds.to("Patient", note.patientId()));
		procedure.setEncounter(FhirIds.to("Encounter", note.id()));
		procedure.addPerformer().setActor(FhirIds.to("Practitioner", note.therapistId()));
		if (appointment != null) {
			procedure.setPerformed(
					new Period().setStart(Date.from(appointment.start())).setEnd(Date.from(appointment.end())));
		}
		String region = AppointmentMapping.words(entry.region().name());
		CodeableConcept site = new CodeableConcept()
			.addCoding(new Coding(Fhir.TREATED_REGION, entry.region().name(), region));
		if (entry.side() != null) {
			site.setText(entry.side().name().toLowerCase(Locale.ROOT) + " " + region.toLowerCase(Locale.ROOT));
			procedure.addExtension(Fhir.BODY_SIDE, new org.hl7.fhir.r4.model.CodeType(entry.side().name()));
		}
		procedure.addBodySite(site);
		if (entry.grade() != null) {
			procedure.addExtension(Fhir.MAITLAND_GRADE, new IntegerType(entry.grade()));
		}
		procedure.addExtension(Fhir.DURATION, minutes(entry.minutes()));
		if (entry.patientResponse() != null) {
			procedure.setOutcome(new CodeableConcept().setText(entry.patientResponse()));
		}
		return procedure;
	}

	static Duration minutes(int minutes) {
		Duration duration = new Duration();
		duration.setValue(minutes).setUnit("min").setSystem(Fhir.UCUM).setCode("min");
		return duration;
	}

}
