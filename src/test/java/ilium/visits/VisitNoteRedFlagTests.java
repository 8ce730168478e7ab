package ilium.visits;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ilium.HttpTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DOMAIN.md, the red-flag gate: while a referral is uncleared, a note documents the visit
 * (and the referral) but records no manual therapy and no exercises.
 */
@HttpTest
class VisitNoteRedFlagTests extends VisitNoteTestBase {

	private static final String UNRESOLVED = "https://ilium.example/problems/unresolved-red-flags";

	@Test
	void noManipulationWhileAReferralForPossibleCaudaEquinaIsUncleared() {
		Visits.Appointment appointment = visits.appointment(therapist.therapistId());
		visits.screened(therapist.token(), appointment.patientId(), "saddleAnesthesia");
		visits.open(therapist.token(), appointment.id(), Visits.noteWith(Visits.manipulation(5)))
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(UNRESOLVED)
			.jsonPath("$.redFlags[0]")
			.isEqualTo("POSSIBLE_CAUDA_EQUINA");
		assertThat(visits.notesOf(appointment.id())).isZero();
	}

	@Test
	void noExercisesWhileAReferralIsUncleared() {
		Visits.Appointment appointment = visits.appointment(therapist.therapistId());
		visits.screened(therapist.token(), appointment.patientId(), "saddleAnesthesia");
		Map<String, Object> note = new HashMap<>(Visits.noteWithoutTreatment());
		note.put("exercisesPerformed", List.of(Map.of("name", "Back bridge", "sets", 2, "reps", 10)));
		visits.open(therapist.token(), appointment.id(), note)
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(UNRESOLVED);
		assertThat(visits.notesOf(appointment.id())).isZero();
	}

	@Test
	void aNoteThatDocumentsTheReferralIsWrittenAndSigned() {
		Visits.Appointment appointment = visits.appointment(therapist.therapistId());
		visits.screened(therapist.token(), appointment.patientId(), "saddleAnesthesia");
		UUID noteId = visits.opened(therapist.token(), appointment.id(), Visits.noteWithoutTreatment());
		visits.sign(therapist.token(), noteId)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("SIGNED");
	}

	@Test
	void aDraftIsNotRevisedToAddManualTherapyWhileUncleared() {
		Visits.Appointment appointment = visits.appointment(therapist.therapistId());
		visits.screened(therapist.token(), appointment.patientId(), "saddleAnesthesia");
		UUID noteId = visits.opened(therapist.token(), appointment.id(), Visits.noteWithoutTreatment());
		visits.revise(therapist.token(), noteId, Visits.noteWith(Visits.manipulation(5)))
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(UNRESOLVED);
		visits.read(therapist.token(), noteId)
			.expectBody()
			.jsonPath("$.manualTherapy")
			.isEmpty()
			.jsonPath("$.version")
			.isEqualTo(0);
	}

	@Test
	void aDraftWithManualTherapyWrittenBeforeTheReferralIsNotSignedWhileUncleared() {
		Visits.Appointment appointment = visits.appointment(therapist.therapistId());
		UUID noteId = visits.opened(therapist.token(), appointment.id(), Visits.noteWith(Visits.manipulation(5)));
		visits.screened(therapist.token(), appointment.patientId(), "saddleAnesthesia");
		visits.sign(therapist.token(), noteId)
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(UNRESOLVED);
		visits.read(therapist.token(), noteId).expectBody().jsonPath("$.status").isEqualTo("DRAFT");
	}

	@Test
	void aPhysiciansClearanceLetsTheManipulationBeRecorded() {
		Visits.Appointment appointment = visits.appointment(therapist.therapistId());
		UUID screeningId = visits.screened(therapist.token(), appointment.patientId(), "saddleAnesthesia");
		visits.open(therapist.token(), appointment.id(), Visits.noteWith(Visits.manipulation(5)))
			.expectStatus()
			.isEqualTo(422);
		visits.cleared(therapist.token(), appointment.patientId(), screeningId);
		UUID noteId = visits.opened(therapist.token(), appointment.id(), Visits.noteWith(Visits.manipulation(5)));
		visits.sign(therapist.token(), noteId).expectStatus().isOk();
	}

}
