package ilium.visits;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import ilium.HttpTest;
import ilium.scheduling.Appointments;
import ilium.shared.DatabaseConstraint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@HttpTest
class VisitNoteLifecycleTests extends VisitNoteTestBase {

	@Test
	void opensADraftWithEverythingWritten() {
		Visits.Appointment appointment = visits.appointment(therapist.therapistId());
		visits.open(therapist.token(), appointment.id(), Visits.completeNote())
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches(HttpHeaders.LOCATION, "/api/v1/visit-notes/[0-9a-f-]{36}")
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"0\"")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DRAFT")
			.jsonPath("$.appointmentId")
			.isEqualTo(appointment.id().toString())
			.jsonPath("$.patientId")
			.isEqualTo(appointment.patientId().toString())
			.jsonPath("$.therapistId")
			.isEqualTo(therapist.therapistId().toString())
			.jsonPath("$.painBefore")
			.isEqualTo(6)
			.jsonPath("$.painAfter")
			.isEqualTo(3)
			.jsonPath("$.exercisesPerformed[0].name")
			.isEqualTo("Back bridge")
			.jsonPath("$.exercisesPerformed[0].holdSeconds")
			.isEqualTo(5)
			.jsonPath("$.manualTherapy[0].technique")
			.isEqualTo("JOINT_MOBILIZATION")
			.jsonPath("$.manualTherapy[0].grade")
			.isEqualTo(3)
			.jsonPath("$.manualTherapy[0].side")
			.isEqualTo("RIGHT")
			.jsonPath("$.manualTherapy[1].grade")
			.isEmpty()
			.jsonPath("$.addenda")
			.isEmpty()
			.jsonPath("$.signedAt")
			.isEmpty();
	}

	@Test
	void acceptsAPartialDraft() {
		Visits.Appointment appointment = visits.appointment(therapist.therapistId());
		visits.open(therapist.token(), appointment.id(), Map.of("subjective", "Pain woke her twice."))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.subjective")
			.isEqualTo("Pain woke her twice.")
			.jsonPath("$.objective")
			.isEmpty()
			.jsonPath("$.manualTherapy")
			.isEmpty();
	}

	@Test
	void readsTheNoteByItsIdAndByItsAppointment() {
		Visits.Appointment appointment = visits.appointment(therapist.therapistId());
		UUID noteId = visits.opened(therapist.token(), appointment.id(), Visits.completeNote());
		visits.read(therapist.token(), noteId)
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"0\"")
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(noteId.toString());
		http.get()
			.uri("/api/v1/appointments/{id}/visit-note", appointment.id())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(noteId.toString());
	}

	@Test
	void anyTherapistOfTheClinicReadsANote() {
		UUID noteId = visits.opened(therapist.token(), visits.appointment(therapist.therapistId()).id(),
				Visits.completeNote());
		visits.read(staff.newTherapist().token(), noteId).expectStatus().isOk();
	}

	@Test
	void answersNotFoundForAnUnknownNoteOrAppointment() {
		visits.read(therapist.token(), UUID.randomUUID()).expectStatus().isNotFound();
		visits.open(therapist.token(), UUID.randomUUID(), Visits.completeNote()).expectStatus().isNotFound();
		http.get()
			.uri("/api/v1/appointments/{id}/visit-note", visits.appointment(therapist.therapistId()).id())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void revisesADraftWholeAndMovesItsVersionOn() {
		UUID noteId = visits.opened(therapist.token(), visits.appointment(therapist.therapistId()).id(),
				Visits.completeNote());
		visits.revise(therapist.token(), noteId, Map.of("subjective", "Rewritten", "painBefore", 4))
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"1\"")
			.expectBody()
			.jsonPath("$.subjective")
			.isEqualTo("Rewritten")
			.jsonPath("$.painBefore")
			.isEqualTo(4)
			.jsonPath("$.objective")
			.isEmpty()
			.jsonPath("$.manualTherapy")
			.isEmpty();
	}

	@Test
	void refusesAStaleIfMatchAndChangesNothing() {
		UUID noteId = visits.opened(therapist.token(), visits.appointment(therapist.therapistId()).id(),
				Visits.completeNote());
		visits.revise(therapist.token(), noteId, Visits.completeNote()).expectStatus().isOk();
		http.put()
			.uri("/api/v1/visit-notes/{id}", noteId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("subjective", "Lost update"))
			.exchange()
			.expectStatus()
			.isEqualTo(412)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/stale-version");
		visits.read(therapist.token(), noteId)
			.expectBody()
			.jsonPath("$.subjective")
			.isEqualTo(Visits.completeNote().get("subjective"))
			.jsonPath("$.version")
			.isEqualTo(1);
	}

	@Test
	void revisesWithTheCurrentIfMatch() {
		UUID noteId = visits.opened(therapist.token(), visits.appointment(therapist.therapistId()).id(),
				Visits.completeNote());
		http.put()
			.uri("/api/v1/visit-notes/{id}", noteId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Visits.completeNote())
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void signsACompleteNote() {
		UUID noteId = visits.opened(therapist.token(), visits.appointment(therapist.therapistId()).id(),
				Visits.completeNote());
		visits.sign(therapist.token(), noteId)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("SIGNED")
			.jsonPath("$.signedAt")
			.isNotEmpty()
			.jsonPath("$.signedBy")
			.isNotEmpty();
	}

	@Test
	void refusesToSignWithoutAllFourSoapFields() {
		Map<String, Object> incomplete = new HashMap<>(Visits.completeNote());
		incomplete.remove("assessment");
		incomplete.put("plan", "   ");
		UUID noteId = visits.opened(therapist.token(), visits.appointment(therapist.therapistId()).id(), incomplete);
		visits.sign(therapist.token(), noteId)
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/visit-note-incomplete")
			.jsonPath("$.missingFields")
			.isEqualTo(java.util.List.of("assessment", "plan"));
		visits.read(therapist.token(), noteId).expectBody().jsonPath("$.status").isEqualTo("DRAFT");
	}

	@Test
	void refusesEveryEditOfASignedNote() {
		UUID noteId = visits.signedNote(therapist.token(), visits.appointment(therapist.therapistId()).id());
		visits.revise(therapist.token(), noteId, Visits.completeNote())
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/visit-note-signed");
		visits.sign(therapist.token(), noteId).expectStatus().isEqualTo(409);
	}

	@Test
	void keepsAddendaWithAuthorAndTime() {
		UUID noteId = visits.signedNote(therapist.token(), visits.appointment(therapist.therapistId()).id());
		visits.addAddendum(therapist.token(), noteId, "Late entry: patient reported dizziness on standing.")
			.expectStatus()
			.isCreated()
			.expectHeader()
			.exists(HttpHeaders.LOCATION)
			.expectBody()
			.jsonPath("$.authorTherapistId")
			.isEqualTo(therapist.therapistId().toString())
			.jsonPath("$.authorUsername")
			.isNotEmpty()
			.jsonPath("$.createdAt")
			.isNotEmpty();
		visits.addAddendum(therapist.token(), noteId, "Second addendum.").expectStatus().isCreated();
		visits.read(therapist.token(), noteId)
			.expectBody()
			.jsonPath("$.addenda.length()")
			.isEqualTo(2)
			.jsonPath("$.addenda[0].text")
			.isEqualTo("Late entry: patient reported dizziness on standing.")
			.jsonPath("$.addenda[1].text")
			.isEqualTo("Second addendum.")
			.jsonPath("$.status")
			.isEqualTo("SIGNED");
	}

	@Test
	void refusesAnAddendumToADraft() {
		UUID noteId = visits.opened(therapist.token(), visits.appointment(therapist.therapistId()).id(),
				Visits.completeNote());
		visits.addAddendum(therapist.token(), noteId, "Too early")
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/visit-note-not-signed");
	}

	@Test
	void refusesASecondNoteForTheSameAppointment() {
		Visits.Appointment appointment = visits.appointment(therapist.therapistId());
		UUID first = visits.opened(therapist.token(), appointment.id(), Visits.completeNote());
		visits.open(therapist.token(), appointment.id(), Visits.completeNote())
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/visit-note-exists")
			.jsonPath("$.visitNoteId")
			.isEqualTo(first.toString());
	}

	@Test
	void refusesANoteForACancelledOrMissedVisit() {
		for (String status : new String[] { "CANCELLED", "NO_SHOW" }) {
			visits
				.open(therapist.token(), visits.appointment(therapist.therapistId(), status).id(),
						Visits.completeNote())
				.expectStatus()
				.isEqualTo(422)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://ilium.example/problems/appointment-not-attended");
		}
	}

	@Test
	void writesANoteForACheckedInOrCompletedVisit() {
		for (String status : new String[] { "CHECKED_IN", "COMPLETED" }) {
			visits
				.open(therapist.token(), visits.appointment(therapist.therapistId(), status).id(),
						Visits.completeNote())
				.expectStatus()
				.isCreated();
		}
	}

	@Test
	void draftsAheadOfTheVisitButSignsOnlyOnceThePatientHasCheckedIn() {
		Visits.Appointment appointment = visits.appointment(therapist.therapistId(), "BOOKED");
		UUID noteId = visits.opened(therapist.token(), appointment.id(), Visits.completeNote());
		visits.sign(therapist.token(), noteId)
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/appointment-not-attended");
		new Appointments(jdbc).checkIn(appointment.id());
		visits.sign(therapist.token(), noteId).expectStatus().isOk();
	}

	@Test
	void postgresNeverCancelsAVisitThePatientCheckedInFor() {
		UUID appointment = visits.appointment(therapist.therapistId()).id();
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> new Appointments(jdbc).cancel(appointment, "Later"))
			.satisfies(
					ex -> assertThat(DatabaseConstraint.violatedBy(ex)).contains("appointment_status_moves_forward"));
	}

	@Test
	void refusesToSignWhenTheVisitWasCancelledAfterTheDraftWasOpened() {
		Visits.Appointment appointment = visits.appointment(therapist.therapistId(), "BOOKED");
		UUID noteId = visits.opened(therapist.token(), appointment.id(), Visits.completeNote());
		new Appointments(jdbc).cancel(appointment.id(), "Snow");
		visits.sign(therapist.token(), noteId)
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/appointment-not-attended");
	}

	@Test
	void signsOnlyTheVersionTheTherapistRead() {
		UUID noteId = visits.opened(therapist.token(), visits.appointment(therapist.therapistId()).id(),
				Visits.completeNote());
		visits.revise(therapist.token(), noteId, Visits.completeNote()).expectStatus().isOk();
		http.post()
			.uri("/api/v1/visit-notes/{id}/sign", noteId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.exchange()
			.expectStatus()
			.isEqualTo(412);
		http.post()
			.uri("/api/v1/visit-notes/{id}/sign", noteId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"2\"");
	}

}
