package ilium.visits;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;
import ilium.Staff.SignedInTherapist;

import static org.assertj.core.api.Assertions.assertThat;

@HttpTest
class VisitNoteAccessTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	Visits visits;

	SignedInTherapist treating;

	SignedInTherapist colleague;

	@BeforeEach
	void setUp() {
		visits = new Visits(jdbc, http);
		treating = staff.newTherapist();
		colleague = staff.newTherapist();
	}

	@Test
	void onlyTheAppointmentsTherapistOpensItsNote() {
		Visits.Appointment appointment = visits.appointment(treating.therapistId());
		visits.open(colleague.token(), appointment.id(), Visits.completeNote())
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/forbidden")
			.jsonPath("$.detail")
			.isEqualTo("This visit note belongs to another therapist.");
		assertThat(audited("CREATE", appointment.id(), appointment.patientId(), "DENIED")).isOne();
	}

	@Test
	void anotherTherapistNeitherRevisesNorSignsADraft() {
		Visits.Appointment appointment = visits.appointment(treating.therapistId());
		UUID noteId = visits.opened(treating.token(), appointment.id(), Visits.completeNote());
		visits.revise(colleague.token(), noteId, Visits.completeNote()).expectStatus().isForbidden();
		visits.sign(colleague.token(), noteId)
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("This visit note belongs to another therapist.");
		assertThat(audited("UPDATE", noteId, appointment.patientId(), "DENIED")).isOne();
		assertThat(audited("SIGN", noteId, appointment.patientId(), "DENIED")).isOne();
		visits.read(treating.token(), noteId).expectBody().jsonPath("$.status").isEqualTo("DRAFT");
	}

	@Test
	void onlyTheAuthorAddsAnAddendum() {
		Visits.Appointment appointment = visits.appointment(treating.therapistId());
		UUID noteId = visits.signedNote(treating.token(), appointment.id());
		visits.addAddendum(colleague.token(), noteId, "Not mine to amend").expectStatus().isForbidden();
		assertThat(audited("ADD_ADDENDUM", noteId, appointment.patientId(), "DENIED")).isOne();
		visits.read(treating.token(), noteId).expectBody().jsonPath("$.addenda").isEmpty();
	}

	@Test
	void frontDeskAndAdminNeitherReadNorWriteNotes() {
		Visits.Appointment appointment = visits.appointment(treating.therapistId());
		UUID noteId = visits.opened(treating.token(), appointment.id(), Visits.completeNote());
		for (String token : new String[] { staff.frontDesk(), staff.admin() }) {
			visits.read(token, noteId)
				.expectStatus()
				.isForbidden()
				.expectBody()
				.jsonPath("$.detail")
				.isEqualTo("Your role does not allow this.");
			visits.open(token, visits.appointment(treating.therapistId()).id(), Visits.completeNote())
				.expectStatus()
				.isForbidden();
			visits.revise(token, noteId, Visits.completeNote()).expectStatus().isForbidden();
			visits.sign(token, noteId).expectStatus().isForbidden();
			visits.addAddendum(token, noteId, "No").expectStatus().isForbidden();
			http.get()
				.uri("/api/v1/appointments/{id}/visit-note", appointment.id())
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.exchange()
				.expectStatus()
				.isForbidden();
		}
		assertThat(deniedByRole("FRONT_DESK", noteId, appointment.patientId())).isEqualTo(4);
		assertThat(deniedByRole("ADMIN", noteId, appointment.patientId())).isEqualTo(4);
		visits.read(treating.token(), noteId).expectBody().jsonPath("$.version").isEqualTo(0);
	}

	@Test
	void auditsEveryReadAndWriteWithThePatient() {
		Visits.Appointment appointment = visits.appointment(treating.therapistId());
		UUID noteId = visits.opened(treating.token(), appointment.id(), Visits.completeNote());
		visits.revise(treating.token(), noteId, Visits.completeNote()).expectStatus().isOk();
		visits.read(colleague.token(), noteId).expectStatus().isOk();
		visits.sign(treating.token(), noteId).expectStatus().isOk();
		visits.addAddendum(treating.token(), noteId, "Addendum").expectStatus().isCreated();
		for (String action : new String[] { "CREATE", "UPDATE", "READ", "SIGN", "ADD_ADDENDUM" }) {
			assertThat(audited(action, noteId, appointment.patientId(), "ALLOWED")).as(action).isOne();
		}
	}

	@Test
	void aNoteFieldOfTheWrongShapeSaysWhatItMustBe() {
		Visits.Appointment appointment = visits.appointment(treating.therapistId());
		Map<String, Object> oneString = new HashMap<>(Visits.completeNote());
		oneString.put("exercisesPerformed", "Back bridge, secret detail");
		visits.open(treating.token(), appointment.id(), oneString)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("exercisesPerformed")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must be a list");
		Map<String, Object> listOfStrings = new HashMap<>(Visits.completeNote());
		listOfStrings.put("exercisesPerformed", List.of("Back bridge, secret detail"));
		String problem = visits.open(treating.token(), appointment.id(), listOfStrings)
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem).contains("{\"field\":\"exercisesPerformed[0]\",\"message\":\"must be an object\"}")
			.doesNotContain("secret detail");
	}

	private int audited(String action, UUID resourceId, UUID patientId, String outcome) {
		return jdbc.sql("""
				select count(*) from audit_event
				 where action = :action and resource_type = 'visit-note' and resource_id = :resourceId
				   and patient_id = :patientId and outcome = :outcome and role = 'THERAPIST'
				""")
			.param("action", action)
			.param("resourceId", resourceId.toString())
			.param("patientId", patientId)
			.param("outcome", outcome)
			.query(Integer.class)
			.single();
	}

	/**
	 * Role refusals of this note's own paths (read, revise, sign, addenda), naming the
	 * patient.
	 */
	private int deniedByRole(String role, UUID noteId, UUID patientId) {
		return jdbc.sql("""
				select count(*) from audit_event
				 where resource_type = 'visit-note' and resource_id = :noteId and role = :role and outcome = 'DENIED'
				   and patient_id = :patientId
				""")
			.param("noteId", noteId.toString())
			.param("role", role)
			.param("patientId", patientId)
			.query(Integer.class)
			.single();
	}

}
