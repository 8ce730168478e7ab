package ilium.visits;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

import ilium.HttpTest;
import ilium.scheduling.Appointments;
import ilium.shared.DatabaseConstraint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * DOMAIN.md: the manual therapy minutes of one note add up to at most the appointment's
 * duration. Every appointment here lasts 45 minutes.
 */
@HttpTest
class ManualTherapyMinutesTests extends VisitNoteTestBase {

	private static final String EXCEEDS = "https://ilium.example/problems/manual-therapy-exceeds-visit";

	@Test
	void refusesManualTherapyLongerThanTheVisit() {
		Visits.Appointment appointment = visits.appointment(therapist.therapistId());
		visits.open(therapist.token(), appointment.id(), noteWithMinutes(30, 20))
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(EXCEEDS)
			.jsonPath("$.totalMinutes")
			.isEqualTo(50)
			.jsonPath("$.visitMinutes")
			.isEqualTo(45);
		assertThat(visits.notesOf(appointment.id())).isZero();
	}

	@Test
	void acceptsManualTherapyFillingTheWholeVisit() {
		visits.open(therapist.token(), visits.appointment(therapist.therapistId()).id(), noteWithMinutes(25, 20))
			.expectStatus()
			.isCreated();
	}

	@Test
	void refusesARevisionLongerThanTheVisit() {
		UUID noteId = visits.opened(therapist.token(), visits.appointment(therapist.therapistId()).id(), Map.of());
		visits.revise(therapist.token(), noteId, noteWithMinutes(40, 10))
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(EXCEEDS);
		visits.read(therapist.token(), noteId).expectBody().jsonPath("$.manualTherapy").isEmpty();
	}

	@Test
	void refusesToSignADraftWhoseVisitWasShortenedUnderIt() {
		Visits.Appointment appointment = visits.appointment(therapist.therapistId());
		UUID noteId = visits.opened(therapist.token(), appointment.id(), noteWithMinutes(40));
		new Appointments(jdbc).shorten(appointment.id(), 30);
		visits.sign(therapist.token(), noteId)
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(EXCEEDS)
			.jsonPath("$.visitMinutes")
			.isEqualTo(30);
		visits.read(therapist.token(), noteId).expectBody().jsonPath("$.status").isEqualTo("DRAFT");
	}

	@Test
	void postgresqlRefusesManualTherapyRowsLongerThanTheVisit() {
		UUID noteId = visits.opened(therapist.token(), visits.appointment(therapist.therapistId()).id(), Map.of());
		insertEntry(noteId, 0, 30);
		assertThatThrownBy(() -> insertEntry(noteId, 1, 20)).isInstanceOf(DataIntegrityViolationException.class)
			.satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex))
				.contains("visit_note_manual_therapy_fits_visit"));
	}

	@Test
	void postgresqlRefusesToSignANoteWhoseManualTherapyOutlastsTheVisit() {
		Visits.Appointment appointment = visits.appointment(therapist.therapistId());
		UUID noteId = visits.opened(therapist.token(), appointment.id(), noteWithMinutes(40));
		new Appointments(jdbc).shorten(appointment.id(), 30);
		assertThatThrownBy(() -> jdbc.sql("""
				update visit_note
				   set status = 'SIGNED', signed_at = now(), signed_by_user_id = author_user_id,
				       date_of_service = current_date
				 where id = :id
				""").param("id", noteId).update()).isInstanceOf(DataIntegrityViolationException.class)
			.satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex))
				.contains("visit_note_manual_therapy_fits_visit"));
	}

	@Test
	void theVisitOfASignedNoteKeepsItsDuration() {
		Visits.Appointment appointment = visits.appointment(therapist.therapistId());
		visits.signedNote(therapist.token(), appointment.id());
		assertThatThrownBy(() -> new Appointments(jdbc).shorten(appointment.id(), 15))
			.isInstanceOf(DataIntegrityViolationException.class)
			.satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex)).contains("visit_note_signed_unchangeable"));
	}

	private void insertEntry(UUID noteId, int position, int minutes) {
		jdbc.sql("""
				insert into visit_note_manual_therapy (visit_note_id, position, technique, region, side, minutes)
				values (:id, :position, 'SOFT_TISSUE_MOBILIZATION', 'PELVIS', null, :minutes)
				""").param("id", noteId).param("position", position).param("minutes", minutes).update();
	}

	private static Map<String, Object> noteWithMinutes(int... minutes) {
		Map<String, Object> note = new HashMap<>(Visits.noteWithoutTreatment());
		note.put("manualTherapy",
				java.util.Arrays.stream(minutes)
					.mapToObj(each -> Map.of("technique", "SOFT_TISSUE_MOBILIZATION", "region", "THIGH", "side",
							"RIGHT", "minutes", each))
					.toList());
		return note;
	}

}
