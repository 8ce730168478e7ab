package ilium.visits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.Clinic;
import ilium.HttpTest;
import ilium.scheduling.Appointments;
import ilium.shared.DatabaseConstraint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * API.md: a note is always written by the appointment's own therapist, so an appointment
 * that has a note is not moved to another therapist (409 {@code visit-note-exists}).
 * PostgreSQL holds it: the note refers to its appointment and therapist together.
 */
@HttpTest
class VisitNoteTherapistTests extends VisitNoteTestBase {

	private static final LocalDate NEXT_WEEK = LocalDate.now(Clinic.ZONE).plusDays(7);

	private Clinic clinic;

	private UUID author;

	private String authorToken;

	private UUID otherTherapist;

	private UUID appointmentId;

	@BeforeEach
	void bookAVisit() {
		clinic = new Clinic(http, jdbc, staff);
		author = clinic.newTherapist();
		authorToken = staff.therapist(author);
		otherTherapist = clinic.newTherapist();
		appointmentId = clinic.booked(clinic.newPatient(), author, Clinic.at(NEXT_WEEK, "10:00"), 45);
	}

	@Test
	void anAppointmentWithANoteIsNotMovedToAnotherTherapist() {
		visits.opened(authorToken, appointmentId, Map.of("subjective", "Written ahead of the visit."));
		reschedule(Map.of("therapistId", otherTherapist)).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/visit-note-exists");
		assertThat(therapistOf(appointmentId)).isEqualTo(author);
	}

	@Test
	void anAppointmentWithANoteIsStillMovedInTime() {
		visits.opened(authorToken, appointmentId, Map.of("subjective", "Written ahead of the visit."));
		Instant later = Clinic.at(NEXT_WEEK, "14:00");
		reschedule(Map.of("start", later.toString())).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.start")
			.isEqualTo(later.toString());
	}

	@Test
	void anAppointmentWithoutANoteMovesToAnotherTherapist() {
		reschedule(Map.of("therapistId", otherTherapist)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.therapistId")
			.isEqualTo(otherTherapist.toString());
	}

	@Test
	void postgresqlRefusesToGiveTheAppointmentOfANoteAnotherTherapist() {
		visits.opened(authorToken, appointmentId, Map.of());
		assertThatThrownBy(() -> new Appointments(jdbc).reassign(appointmentId, otherTherapist))
			.isInstanceOf(DataIntegrityViolationException.class)
			.satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex))
				.contains("visit_note_by_the_appointments_therapist"));
		assertThat(therapistOf(appointmentId)).isEqualTo(author);
	}

	@Test
	void postgresqlRefusesANoteByAnotherTherapistThanTheAppointments() {
		UUID noteId = visits.opened(authorToken, appointmentId, Map.of());
		assertThatThrownBy(() -> jdbc.sql("update visit_note set therapist_id = :other where id = :id")
			.param("other", otherTherapist)
			.param("id", noteId)
			.update()).isInstanceOf(DataIntegrityViolationException.class)
			.satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex))
				.contains("visit_note_by_the_appointments_therapist"));
	}

	private RestTestClient.ResponseSpec reschedule(Map<String, Object> change) {
		return http.patch()
			.uri("/api/v1/appointments/{id}", appointmentId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + clinic.token())
			.contentType(MediaType.valueOf("application/merge-patch+json"))
			.body(change)
			.exchange();
	}

	private UUID therapistOf(UUID appointment) {
		return jdbc.sql("select therapist_id from appointment where id = :id")
			.param("id", appointment)
			.query(UUID.class)
			.single();
	}

}
