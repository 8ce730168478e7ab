package ilium.outcomes;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import ilium.HttpTest;
import ilium.Staff;
import ilium.patients.Patients;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measure entered in error is marked, never deleted: it stays in the series and leaves
 * the summary (DOMAIN.md "Outcome measures").
 */
@HttpTest
class OutcomeEnteredInErrorTests {

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Test
	void marksAMeasureWithWhoWhenAndWhy() {
		Staff.SignedInTherapist therapist = staff.newTherapist();
		UUID patient = new Patients(jdbc).newPatient();
		UUID measure = nprs(therapist.token(), patient, "2026-01-05", 8);
		markInError(therapist.token(), patient, measure, "Scored for the wrong patient").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(measure.toString())
			.jsonPath("$.score")
			.isEqualTo(8)
			.jsonPath("$.enteredInError.reason")
			.isEqualTo("Scored for the wrong patient")
			.jsonPath("$.enteredInError.by")
			.isEqualTo(userIdOf(therapist).toString())
			.jsonPath("$.enteredInError.at")
			.value(at -> assertThat(at.toString()).endsWith("Z"));
	}

	@Test
	void aMarkedMeasureStaysInTheSeriesAndOthersShowNoMark() {
		String token = staff.newTherapist().token();
		UUID patient = new Patients(jdbc).newPatient();
		UUID wrong = nprs(token, patient, "2026-01-05", 8);
		nprs(token, patient, "2026-01-20", 6);
		markInError(token, patient, wrong, "Typo").expectStatus().isOk();
		get(token, "/api/v1/patients/{p}/outcomes", patient).expectBody()
			.jsonPath("$[*].score")
			.isEqualTo(List.of(8, 6))
			.jsonPath("$[0].enteredInError.reason")
			.isEqualTo("Typo")
			.jsonPath("$[1].enteredInError")
			.value(mark -> assertThat(mark).isNull());
		get(token, "/api/v1/patients/{p}/outcomes/" + wrong, patient).expectBody()
			.jsonPath("$.enteredInError.reason")
			.isEqualTo("Typo");
	}

	@Test
	void aMarkedMeasureLeavesTheSummary() {
		String token = staff.newTherapist().token();
		UUID patient = new Patients(jdbc).newPatient();
		UUID wrongBaseline = nprs(token, patient, "2026-01-05", 9);
		nprs(token, patient, "2026-01-20", 6);
		nprs(token, patient, "2026-02-10", 5);
		UUID wrongLatest = nprs(token, patient, "2026-03-01", 1);
		markInError(token, patient, wrongBaseline, "Another patient's answers").expectStatus().isOk();
		markInError(token, patient, wrongLatest, "Another patient's answers").expectStatus().isOk();
		get(token, "/api/v1/patients/{p}/outcomes/summary", patient).expectBody()
			.jsonPath("$[0].baseline")
			.isEqualTo(6)
			.jsonPath("$[0].latest")
			.isEqualTo(5)
			.jsonPath("$[0].improvedByMcid")
			.isEqualTo(false);
	}

	@Test
	void anInstrumentWhoseOnlyMeasureIsInErrorLeavesTheSummary() {
		String token = staff.newTherapist().token();
		UUID patient = new Patients(jdbc).newPatient();
		markInError(token, patient, nprs(token, patient, "2026-01-05", 9), "Wrong form").expectStatus().isOk();
		get(token, "/api/v1/patients/{p}/outcomes/summary", patient).expectBody().json("[]");
	}

	@Test
	void aMeasureIsMarkedOnlyOnce() {
		String token = staff.newTherapist().token();
		UUID patient = new Patients(jdbc).newPatient();
		UUID measure = nprs(token, patient, "2026-01-05", 8);
		markInError(token, patient, measure, "First reason").expectStatus().isOk();
		markInError(token, patient, measure, "Second reason").expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/already-entered-in-error");
		get(token, "/api/v1/patients/{p}/outcomes/" + measure, patient).expectBody()
			.jsonPath("$.enteredInError.reason")
			.isEqualTo("First reason");
	}

	@Test
	void answers404ForAnUnknownMeasureOrAnotherPatients() {
		String token = staff.newTherapist().token();
		UUID patient = new Patients(jdbc).newPatient();
		UUID othersMeasure = nprs(token, new Patients(jdbc).newPatient(), "2026-01-05", 8);
		markInError(token, patient, UUID.randomUUID(), "Typo").expectStatus().isNotFound();
		markInError(token, patient, othersMeasure, "Typo").expectStatus().isNotFound();
		markInError(token, UUID.randomUUID(), othersMeasure, "Typo").expectStatus().isNotFound();
	}

	@Test
	void theAssignedTherapistOfThePlanMayMarkAColleaguesMeasure() {
		Staff.SignedInTherapist assigned = staff.newTherapist();
		UUID patient = new Patients(jdbc).newPatient();
		UUID plan = OutcomeSeriesTests.newPlan(http, assigned, patient);
		UUID measure = post(staff.newTherapist().token(), patient,
				Map.of("instrument", "NPRS", "takenOn", "2026-01-05", "score", 7, "treatmentPlanId", plan));
		markInError(assigned.token(), patient, measure, "Wrong day").expectStatus().isOk();
	}

	@Test
	void anotherTherapistMayNotMarkItAndTheRefusalIsAudited() {
		String recorder = staff.newTherapist().token();
		UUID patient = new Patients(jdbc).newPatient();
		UUID measure = nprs(recorder, patient, "2026-01-05", 8);
		markInError(staff.newTherapist().token(), patient, measure, "Not mine").expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("This outcome measure belongs to another therapist.");
		assertThat(jdbc.sql("""
				select count(*) from audit_event
				 where patient_id = :p and resource_id = :m and outcome = 'DENIED'
				""").param("p", patient).param("m", measure.toString()).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select entered_in_error_at is null from outcome_measure where id = :m")
			.param("m", measure)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void frontDeskAndAdminMayNotMarkIt() {
		String token = staff.newTherapist().token();
		UUID patient = new Patients(jdbc).newPatient();
		UUID measure = nprs(token, patient, "2026-01-05", 8);
		markInError(staff.frontDesk(), patient, measure, "Typo").expectStatus().isForbidden();
		markInError(staff.admin(), patient, measure, "Typo").expectStatus().isForbidden();
	}

	@Test
	void auditsTheMarkWithThePatient() {
		String token = staff.newTherapist().token();
		UUID patient = new Patients(jdbc).newPatient();
		UUID measure = nprs(token, patient, "2026-01-05", 8);
		markInError(token, patient, measure, "Typo").expectStatus().isOk();
		assertThat(jdbc.sql("""
				select count(*) from audit_event
				 where patient_id = :p and resource_id = :m and action = 'ENTERED_IN_ERROR' and outcome = 'ALLOWED'
				""").param("p", patient).param("m", measure.toString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void requiresAReasonOfAtMost200Characters() {
		String token = staff.newTherapist().token();
		UUID patient = new Patients(jdbc).newPatient();
		UUID measure = nprs(token, patient, "2026-01-05", 8);
		for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of(), Map.of("reason", "   "),
				Map.of("reason", "x".repeat(201)))) {
			http.post()
				.uri("/api/v1/patients/{p}/outcomes/{o}/entered-in-error", patient, measure)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.body(body)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("reason");
		}
		get(token, "/api/v1/patients/{p}/outcomes/" + measure, patient).expectBody()
			.jsonPath("$.enteredInError")
			.value(mark -> assertThat(mark).isNull());
	}

	private UUID userIdOf(Staff.SignedInTherapist therapist) {
		return jdbc.sql("select id from staff_account where therapist_id = :t")
			.param("t", therapist.therapistId())
			.query(UUID.class)
			.single();
	}

	private UUID nprs(String token, UUID patient, String takenOn, int score) {
		return post(token, patient, Map.of("instrument", "NPRS", "takenOn", takenOn, "score", score));
	}

	private UUID post(String token, UUID patient, Map<String, Object> body) {
		Map<?, ?> created = http.post()
			.uri("/api/v1/patients/{id}/outcomes", patient)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return UUID.fromString(created.get("id").toString());
	}

	private ResponseSpec markInError(String token, UUID patient, UUID measure, String reason) {
		return http.post()
			.uri("/api/v1/patients/{p}/outcomes/{o}/entered-in-error", patient, measure)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("reason", reason))
			.exchange();
	}

	private ResponseSpec get(String token, String uri, UUID patient) {
		return http.get().uri(uri, patient).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

}
