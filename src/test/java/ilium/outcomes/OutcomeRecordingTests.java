package ilium.outcomes;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import ilium.HttpTest;
import ilium.Staff;
import ilium.patients.Patients;
import ilium.shared.DatabaseConstraint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@HttpTest
class OutcomeRecordingTests {

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Test
	void recordsNprsWithItsScore() {
		UUID patient = newPatient();
		post(staff.newTherapist().token(), patient, Map.of("instrument", "NPRS", "takenOn", "2026-01-05", "score", 7))
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches(HttpHeaders.LOCATION, ".*/api/v1/patients/" + patient + "/outcomes/[0-9a-f-]{36}")
			.expectBody()
			.jsonPath("$.instrument")
			.isEqualTo("NPRS")
			.jsonPath("$.score")
			.isEqualTo(7)
			.jsonPath("$.interpretation")
			.doesNotExist();
	}

	@Test
	void theLocationOfANewMeasureAnswersWithIt() {
		UUID patient = newPatient();
		Staff.SignedInTherapist therapist = staff.newTherapist();
		String location = post(therapist.token(), patient,
				Map.of("instrument", "NPRS", "takenOn", "2026-01-05", "score", 6))
			.expectStatus()
			.isCreated()
			.returnResult()
			.getResponseHeaders()
			.getLocation()
			.toString();
		http.get()
			.uri(location)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.score")
			.isEqualTo(6);
		http.get()
			.uri("/api/v1/patients/{p}/outcomes/{o}", patient, UUID.randomUUID())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void refusesALinkToAnotherPatientsPlan() {
		Staff.SignedInTherapist therapist = staff.newTherapist();
		UUID othersPlan = OutcomeSeriesTests.newPlan(http, therapist, newPatient());
		post(therapist.token(), newPatient(),
				Map.of("instrument", "NPRS", "takenOn", "2026-01-05", "score", 4, "treatmentPlanId", othersPlan))
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/unknown-treatment-plan");
	}

	@Test
	void postgresRefusesAMeasureOnAnotherPatientsPlan() {
		Staff.SignedInTherapist therapist = staff.newTherapist();
		UUID othersPlan = OutcomeSeriesTests.newPlan(http, therapist, newPatient());
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> jdbc.sql("""
				insert into outcome_measure (id, patient_id, treatment_plan_id, instrument, taken_on, score,
				                             nprs_score, recorded_by, created_at)
				values (gen_random_uuid(), :patient, :plan, 'NPRS', date '2026-01-05', 4, 4, gen_random_uuid(), now())
				""").param("patient", newPatient()).param("plan", othersPlan).update())
			.satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex))
				.contains("outcome_measure_plan_of_the_patient_fk"));
	}

	@Test
	void recordsOdiScoredByTheServiceWithItsBand() {
		UUID patient = newPatient();
		Staff.SignedInTherapist therapist = staff.newTherapist();
		UUID plan = OutcomeSeriesTests.newPlan(http, therapist, patient);
		post(therapist.token(), patient,
				Map.of("instrument", "ODI", "takenOn", "2026-01-05", "treatmentPlanId", plan, "answers",
						java.util.Arrays.asList(2, 2, 2, 2, 2, 2, 2, 1, 1, null)))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.score")
			.isEqualTo(35.6)
			.jsonPath("$.interpretation")
			.isEqualTo("MODERATE")
			.jsonPath("$.treatmentPlanId")
			.isEqualTo(plan.toString())
			.jsonPath("$.answers[9]")
			.doesNotExist();
		assertThat(jdbc.sql("select odi_answers::text from outcome_measure where patient_id = :p")
			.param("p", patient)
			.query(String.class)
			.single()).isEqualTo("{2,2,2,2,2,2,2,1,1,NULL}");
	}

	@Test
	void recordsPsfsAsTheMeanOfItsActivities() {
		UUID patient = newPatient();
		post(staff.newTherapist().token(), patient,
				Map.of("instrument", "PSFS", "takenOn", "2026-01-05", "activities",
						List.of(Map.of("name", "sitting", "score", 6), Map.of("name", "stairs", "score", 7),
								Map.of("name", "lifting", "score", 7))))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.score")
			.isEqualTo(6.67)
			.jsonPath("$.activities[1].name")
			.isEqualTo("stairs");
	}

	@Test
	void recordsRmdqAsTheCountOfYes() {
		UUID patient = newPatient();
		List<Boolean> answers = new java.util.ArrayList<>(Collections.nCopies(24, false));
		answers.set(3, true);
		answers.set(20, true);
		post(staff.newTherapist().token(), patient,
				Map.of("instrument", "RMDQ", "takenOn", "2026-01-05", "answers", answers))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.score")
			.isEqualTo(2);
	}

	@Test
	void refusesAnOdiSectionOutOfRangeNamingIt() {
		expectInvalid(
				Map.of("instrument", "ODI", "takenOn", "2026-01-05", "answers", List.of(1, 1, 1, 6, 1, 1, 1, 1, 1, 1)),
				"answers[3]");
	}

	@Test
	void refusesAnOdiWithSevenAnsweredSections() {
		expectInvalid(Map.of("instrument", "ODI", "takenOn", "2026-01-05", "answers",
				java.util.Arrays.asList(1, 1, 1, 1, 1, 1, 1, null, null, null)), "answers");
	}

	@Test
	void refusesAnOdiWithoutTenSections() {
		expectInvalid(
				Map.of("instrument", "ODI", "takenOn", "2026-01-05", "answers", List.of(1, 1, 1, 1, 1, 1, 1, 1, 1)),
				"answers");
	}

	@Test
	void refusesAnNprsOutOfRange() {
		expectInvalid(Map.of("instrument", "NPRS", "takenOn", "2026-01-05", "score", 11), "score");
	}

	@Test
	void refusesAFractionalNprs() {
		expectInvalid(Map.of("instrument", "NPRS", "takenOn", "2026-01-05", "score", 5.5), "score");
	}

	@Test
	void refusesAnOdiSectionThatIsNotAWholeNumber() {
		expectInvalid(Map.of("instrument", "ODI", "takenOn", "2026-01-05", "answers",
				List.of(1, 1, "2", 1, 1, 1, 1, 1, 1, 1)), "answers[2]");
	}

	@Test
	void refusesAFractionalPsfsActivityScore() {
		expectInvalid(Map.of("instrument", "PSFS", "takenOn", "2026-01-05", "activities",
				List.of(Map.of("name", "sitting", "score", 6.5))), "activities[0].score");
	}

	@Test
	void refusesAnRmdqAnswerGivenAsANumber() {
		List<Object> answers = new java.util.ArrayList<>(Collections.nCopies(24, false));
		answers.set(7, 1);
		expectInvalid(Map.of("instrument", "RMDQ", "takenOn", "2026-01-05", "answers", answers), "answers[7]");
	}

	@Test
	void refusesAPsfsActivityScoreOutOfRange() {
		expectInvalid(
				Map.of("instrument", "PSFS", "takenOn", "2026-01-05", "activities",
						List.of(Map.of("name", "sitting", "score", 6), Map.of("name", "stairs", "score", -1))),
				"activities[1].score");
	}

	@Test
	void refusesMoreThanFivePsfsActivities() {
		Map<String, Object> activity = Map.of("name", "walking", "score", 5);
		expectInvalid(Map.of("instrument", "PSFS", "takenOn", "2026-01-05", "activities",
				List.of(activity, activity, activity, activity, activity, activity)), "activities");
	}

	@Test
	void refusesAPsfsActivityNameLongerThan200() {
		expectInvalid(Map.of("instrument", "PSFS", "takenOn", "2026-01-05", "activities",
				List.of(Map.of("name", "x".repeat(201), "score", 5))), "activities[0].name");
	}

	@Test
	void refusesAnRmdqWithoutTwentyFourAnswers() {
		expectInvalid(Map.of("instrument", "RMDQ", "takenOn", "2026-01-05", "answers", List.of(true, false)),
				"answers");
	}

	@Test
	void refusesAnRmdqAnswerThatIsNotYesOrNo() {
		List<Boolean> answers = new java.util.ArrayList<>(Collections.nCopies(24, false));
		answers.set(5, null);
		expectInvalid(Map.of("instrument", "RMDQ", "takenOn", "2026-01-05", "answers", answers), "answers[5]");
	}

	@Test
	void refusesAnUnknownInstrument() {
		expectInvalid(Map.of("instrument", "SF36", "takenOn", "2026-01-05", "score", 3), "instrument");
	}

	@Test
	void refusesAMissingInstrument() {
		expectInvalid(Map.of("takenOn", "2026-01-05", "score", 3), "instrument");
	}

	@Test
	void refusesAFieldOfAnotherInstrument() {
		expectInvalid(Map.of("instrument", "NPRS", "takenOn", "2026-01-05", "score", 3, "activities", List.of()),
				"activities");
	}

	@Test
	void refusesAMissingOrFutureDay() {
		expectInvalid(Map.of("instrument", "NPRS", "score", 3), "takenOn");
		expectInvalid(Map.of("instrument", "NPRS", "takenOn", "2999-01-01", "score", 3), "takenOn");
	}

	@Test
	void refusesFrontDeskAndAdmin() {
		UUID patient = newPatient();
		Map<String, Object> body = Map.of("instrument", "NPRS", "takenOn", "2026-01-05", "score", 3);
		post(staff.frontDesk(), patient, body).expectStatus().isForbidden();
		post(staff.admin(), patient, body).expectStatus().isForbidden();
		http.get()
			.uri("/api/v1/patients/{id}/outcomes/summary", patient)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.frontDesk())
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(jdbc.sql("select count(*) from audit_event where patient_id = :p and outcome = 'DENIED'")
			.param("p", patient)
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void answers404ForAnUnknownPatient() {
		post(staff.newTherapist().token(), UUID.randomUUID(),
				Map.of("instrument", "NPRS", "takenOn", "2026-01-05", "score", 3))
			.expectStatus()
			.isNotFound();
	}

	@Test
	void auditsTheWriteWithThePatient() {
		UUID patient = newPatient();
		post(staff.newTherapist().token(), patient, Map.of("instrument", "NPRS", "takenOn", "2026-01-05", "score", 3))
			.expectStatus()
			.isCreated();
		assertThat(jdbc
			.sql("""
					select count(*) from audit_event
					 where patient_id = :p and action = 'CREATE' and resource_type = 'outcome-measure' and outcome = 'ALLOWED'
					""")
			.param("p", patient)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void publishesTheInstrumentVariantsInOpenApi() {
		http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.schemas.RecordOdi.allOf[1].properties.answers")
			.exists()
			.jsonPath("$.components.schemas.RecordPsfs.allOf[1].properties.activities")
			.exists()
			.jsonPath("$.paths['/api/v1/patients/{patientId}/outcomes'].post.responses.201")
			.exists()
			.jsonPath("$.components.schemas.RecordOutcome.discriminator.propertyName")
			.isEqualTo("instrument");
	}

	private void expectInvalid(Map<String, Object> body, String field) {
		post(staff.newTherapist().token(), newPatient(), body).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value(fields -> assertThat(fields.toString()).contains(field));
	}

	private ResponseSpec post(String token, UUID patient, Map<String, Object> body) {
		return http.post()
			.uri("/api/v1/patients/{id}/outcomes", patient)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(new HashMap<>(body))
			.exchange();
	}

	private UUID newPatient() {
		return new Patients(jdbc).newPatient();
	}

}
