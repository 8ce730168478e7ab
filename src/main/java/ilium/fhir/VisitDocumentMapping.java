package ilium.fhir;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Procedure.ProcedureStatus;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;

import ilium.scheduling.AppointmentView;
import ilium.visits.AddendumView;
import ilium.visits.ExercisePerformed;
import ilium.visits.VisitNoteStatus;
import ilium.visits.VisitNoteView;

/**
 * What a visit note says beyond its {@code Encounter} and manual therapy: the SOAP text
 * and its addenda as a {@code DocumentReference} (the note itself, plain text, as US Core
 * carries clinical notes), the pain before and after treatment as NPRS
 * {@code Observation}s (LOINC 72514-3) of the encounter, and each exercise performed as a
 * {@code Procedure} (id {@code <note id>-E<position>}).
 */
final class VisitDocumentMapping {

	private VisitDocumentMapping() {
	}

	/** The note's document and its pain ratings, as {@code $everything} lists them. */
	static List<Resource> documentation(VisitNoteView note, @Nullable AppointmentView appointment) {
		List<Resource> resources = new ArrayList<>();
		resources.add(document(note, appointment));
		if (note.painBefore() != null) {
			resources.add(pain(note, "before", "BEFORE_TREATMENT", note.painBefore(), appointment));
		}
		if (note.painAfter() != null) {
			resources.add(pain(note, "after", "AFTER_TREATMENT", note.painAfter(), appointment));
		}
		return resources;
	}

	/** The note's SOAP text and addenda: id the note's. */
	static DocumentReference document(VisitNoteView note, @Nullable AppointmentView appointment) {
		DocumentReference document = new DocumentReference();
		document.setId(note.id().toString());
		document.getMeta().setVersionId(Long.toString(note.version()));
		document.setStatus(DocumentReferenceStatus.CURRENT);
		document.setDocStatus(!signed(note) ? DocumentReference.ReferredDocumentStatus.PRELIMINARY
				: note.addenda().isEmpty() ? DocumentReference.ReferredDocumentStatus.FINAL
						: DocumentReference.ReferredDocumentStatus.AMENDED);
		document.setType(new CodeableConcept()
			.addCoding(new Coding(Fhir.VISIT_DOCUMENT, "VISIT_NOTE", "Physical therapy visit note (SOAP)")));
		document.setSubject(FhirIds.to("Patient", note.patientId()));
		document.setDate(Date.from(note.signedAt() != null ? note.signedAt() : note.createdAt()));
		document.addAuthor(FhirIds.to("Practitioner", note.therapistId()));
		if (note.signedAt() != null) {
			document.setAuthenticator(FhirIds.to("Practitioner", note.therapistId()));
		}
		document.getContext().addEncounter(FhirIds.to("Encounter", note.id()));
		if (appointment != null) {
			document.getContext().setPeriod(period(appointment));
		}
		document.addContent()
			.getAttachment()
			.setContentType("text/plain; charset=utf-8")
			.setLanguage("en-US")
			.setTitle("Visit note")
			.setData(text(note).getBytes(StandardCharsets.UTF_8));
		return document;
	}

	/** Each exercise performed as a procedure of the encounter. */
	static List<Procedure> exercises(VisitNoteView note, @Nullable AppointmentView appointment) {
		List<Procedure> procedures = new ArrayList<>();
		for (int i = 0; i < note.exercisesPerformed().size(); i++) {
			procedures.add(exercise(note, i + 1, note.exercisesPerformed().get(i), appointment));
		}
		return procedures;
	}

	static Procedure exercise(VisitNoteView note, int position, ExercisePerformed exercise,
			@Nullable AppointmentView appointment) {
		Procedure procedure = new Procedure();
		procedure.setId(note.id() + "-E" + position);
		procedure.setStatus(signed(note) ? ProcedureStatus.COMPLETED : ProcedureStatus.INPROGRESS);
		CodeableConcept code = new CodeableConcept().setText(exercise.name());
		if (exercise.exerciseId() != null) {
			code.addCoding(new Coding(Fhir.EXERCISE, exercise.exerciseId().toString(), exercise.name()));
		}
		procedure.setCode(code);
		procedure.setCategory(new CodeableConcept()
			.addCoding(new Coding(Fhir.CARE_ACTIVITY, "therapeutic-exercise", "Therapeutic exercise")));
		procedure.setSubject(FhirIds.to("Patient", note.patientId()));
		procedure.setEncounter(FhirIds.to("Encounter", note.id()));
		procedure.addPerformer().setActor(FhirIds.to("Practitioner", note.therapistId()));
		if (appointment != null) {
			procedure.setPerformed(period(appointment));
		}
		String dose = dose(exercise);
		if (!dose.isEmpty()) {
			procedure.addNote().setText(dose);
		}
		return procedure;
	}

	private static Observation pain(VisitNoteView note, String when, String timing, int score,
			@Nullable AppointmentView appointment) {
		Observation observation = new Observation();
		observation.setId(note.id() + "-pain-" + when);
		observation.setStatus(signed(note) ? ObservationStatus.FINAL : ObservationStatus.PRELIMINARY);
		observation.addCategory(PlanMapping.concept(Fhir.OBSERVATION_CATEGORY, "survey"));
		observation.setCode(ObservationMapping.code("NPRS"));
		observation.setSubject(FhirIds.to("Patient", note.patientId()));
		observation.setEncounter(FhirIds.to("Encounter", note.id()));
		if (appointment != null) {
			observation.setEffective(new DateTimeType(
					Date.from(timing.equals("BEFORE_TREATMENT") ? appointment.start() : appointment.end())));
		}
		observation.addPerformer(FhirIds.to("Practitioner", note.therapistId()));
		observation.setValue(new IntegerType(score));
		observation.addComponent()
			.setCode(new CodeableConcept()
				.addCoding(new Coding(Fhir.PAIN_TIMING, timing, AppointmentMapping.words(timing))))
			.setValue(new IntegerType(score));
		return observation;
	}

	private static String text(VisitNoteView note) {
		StringBuilder text = new StringBuilder();
		section(text, "Subjective", note.subjective());
		section(text, "Objective", note.objective());
		section(text, "Assessment", note.assessment());
		section(text, "Plan", note.plan());
		if (note.painBefore() != null || note.painAfter() != null) {
			text.append("Pain (0-10): before ")
				.append(note.painBefore() == null ? "-" : note.painBefore())
				.append(", after ")
				.append(note.painAfter() == null ? "-" : note.painAfter())
				.append("\n\n");
		}
		for (ExercisePerformed exercise : note.exercisesPerformed()) {
			String dose = dose(exercise);
			text.append("Exercise: ").append(exercise.name()).append(dose.isEmpty() ? "" : " (" + dose + ")");
			text.append('\n');
		}
		for (AddendumView addendum : note.addenda()) {
			text.append("\nAddendum, ")
				.append(addendum.createdAt())
				.append(", ")
				.append(addendum.authorUsername())
				.append(":\n")
				.append(addendum.text())
				.append('\n');
		}
		return text.toString().strip();
	}

	private static void section(StringBuilder text, String title, @Nullable String value) {
		if (value != null) {
			text.append(title).append(":\n").append(value).append("\n\n");
		}
	}

	private static String dose(ExercisePerformed exercise) {
		List<String> parts = new ArrayList<>();
		if (exercise.sets() != null) {
			parts.add(exercise.sets() + " sets");
		}
		if (exercise.reps() != null) {
			parts.add(exercise.reps() + " reps");
		}
		if (exercise.holdSeconds() != null) {
			parts.add(exercise.holdSeconds() + " s hold");
		}
		return String.join(", ", parts);
	}

	private static Period period(AppointmentView appointment) {
		return new Period().setStart(Date.from(appointment.start())).setEnd(Date.from(appointment.end()));
	}

	private static boolean signed(VisitNoteView note) {
		return note.status() == VisitNoteStatus.SIGNED;
	}

}
