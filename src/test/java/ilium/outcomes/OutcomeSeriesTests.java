package ilium.outcomes;

import java.util.HashMap;
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

@HttpTest
class OutcomeSeriesTests {

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listsTheSeriesOldestFirstByDayThenByRecording() {
		String token = staff.newTherapist().token();
		UUID patient = new Patients(jdbc).newPatient();
		nprs(token, patient, "2026-02-10", 5, null);
		nprs(token, patient, "2026-01-05", 8, null);
		nprs(token, patient, "2026-02-10", 4, null);
		odi(token, patient, "2026-01-06", null);
		get(token, "/api/v1/patients/{id}/outcomes?instrument=NPRS", patient).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].score")
			.isEqualTo(List.of(8, 5, 4));
		get(token, "/api/v1/patients/{id}/outcomes", patient).expectBody()
			.jsonPath("$[*].instrument")
			.isEqualTo(List.of("NPRS", "ODI", "NPRS", "NPRS"));
	}

	@Test
	void refusesAnUnknownInstrumentFilter() {
		String token = staff.newTherapist().token();
		get(token, "/api/v1/patients/{id}/outcomes?instrument=SF36", new Patients(jdbc).newPatient()).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("instrument");
	}

	@Test
	void summarisesBaselineLatestChangeAndMcidPerInstrument() {
		String token = staff.newTherapist().token();
		UUID patient = new Patients(jdbc).newPatient();
		nprs(token, patient, "2026-01-05", 8, null);
		nprs(token, patient, "2026-01-20", 7, null);
		nprs(token, patient, "2026-02-10", 6, null);
		odi(token, patient, "2026-01-05", null);
		get(token, "/api/v1/patients/{id}/outcomes/summary", patient).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].instrument")
			.isEqualTo("NPRS")
			.jsonPath("$[0].baseline")
			.isEqualTo(8)
			.jsonPath("$[0].latest")
			.isEqualTo(6)
			.jsonPath("$[0].change")
			.isEqualTo(-2)
			.jsonPath("$[0].percentChange")
			.isEqualTo(-25.0)
			.jsonPath("$[0].improvedByMcid")
			.isEqualTo(true)
			.jsonPath("$[0].mcid.better")
			.isEqualTo("LOWER")
			.jsonPath("$[0].mcid.points")
			.isEqualTo(2)
			.jsonPath("$[0].mcid.percent")
			.isEqualTo(30)
			.jsonPath("$[1].instrument")
			.isEqualTo("ODI")
			.jsonPath("$[1].change")
			.isEqualTo(0.0)
			.jsonPath("$[1].improvedByMcid")
			.isEqualTo(false);
	}

	@Test
	void summarisesWithinOneTreatmentPlan() {
		Staff.SignedInTherapist therapist = staff.newTherapist();
		String token = therapist.token();
		UUID patient = new Patients(jdbc).newPatient();
		UUID plan = newPlan(http, therapist, patient);
		nprs(token, patient, "2026-01-05", 9, null);
		nprs(token, patient, "2026-03-01", 6, plan);
		nprs(token, patient, "2026-03-20", 5, plan);
		get(token, "/api/v1/patients/{id}/outcomes/summary?treatmentPlanId=" + plan, patient).expectBody()
			.jsonPath("$[0].baseline")
			.isEqualTo(6)
			.jsonPath("$[0].latest")
			.isEqualTo(5)
			.jsonPath("$[0].improvedByMcid")
			.isEqualTo(false);
		get(token, "/api/v1/patients/{id}/outcomes/summary", patient).expectBody()
			.jsonPath("$[0].baseline")
			.isEqualTo(9)
			.jsonPath("$[0].improvedByMcid")
			.isEqualTo(true);
	}

	@Test
	void aPsfsFollowUpOnOtherActivitiesIsNotComparedWithItsBaseline() {
		String token = staff.newTherapist().token();
		UUID patient = new Patients(jdbc).newPatient();
		psfs(token, patient, "2026-01-05", Map.of("climbing stairs", 2, "sitting an hour", 3));
		psfs(token, patient, "2026-02-10", Map.of("walking the dog", 9));
		get(token, "/api/v1/patients/{id}/outcomes/summary", patient).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].instrument")
			.isEqualTo("PSFS")
			.jsonPath("$[0].baseline")
			.isEqualTo(2.5)
			.jsonPath("$[0].latest")
			.isEqualTo(9.0)
			.jsonPath("$[0].comparable")
			.isEqualTo(false)
			.jsonPath("$[0].change")
			.value(change -> assertThat(change).isNull())
			.jsonPath("$[0].percentChange")
			.value(percent -> assertThat(percent).isNull())
			.jsonPath("$[0].improvedByMcid")
			.value(improved -> assertThat(improved).isNull());
	}

	@Test
	void aPsfsChangeIsTakenOverTheActivitiesInBothMeasures() {
		String token = staff.newTherapist().token();
		UUID patient = new Patients(jdbc).newPatient();
		psfs(token, patient, "2026-01-05", Map.of("Climbing stairs", 2, "sitting an hour", 8));
		// "sitting an hour" left out, "walking" new: only the stairs compare, 2 → 5
		psfs(token, patient, "2026-02-10", Map.of("  climbing STAIRS ", 5, "walking", 10));
		get(token, "/api/v1/patients/{id}/outcomes/summary", patient).expectBody()
			.jsonPath("$[0].baseline")
			.isEqualTo(5.0)
			.jsonPath("$[0].latest")
			.isEqualTo(7.5)
			.jsonPath("$[0].comparable")
			.isEqualTo(true)
			.jsonPath("$[0].change")
			.isEqualTo(3.0)
			.jsonPath("$[0].percentChange")
			.isEqualTo(150.0)
			.jsonPath("$[0].improvedByMcid")
			.isEqualTo(true);
	}

	@Test
	void everyOtherInstrumentIsComparable() {
		String token = staff.newTherapist().token();
		UUID patient = new Patients(jdbc).newPatient();
		nprs(token, patient, "2026-01-05", 8, null);
		odi(token, patient, "2026-01-06", null);
		get(token, "/api/v1/patients/{id}/outcomes/summary", patient).expectBody()
			.jsonPath("$[*].comparable")
			.isEqualTo(List.of(true, true));
	}

	@Test
	void auditsEveryRead() {
		String token = staff.newTherapist().token();
		UUID patient = new Patients(jdbc).newPatient();
		get(token, "/api/v1/patients/{id}/outcomes", patient).expectStatus().isOk();
		get(token, "/api/v1/patients/{id}/outcomes/summary", patient).expectStatus().isOk();
		assertThat(jdbc.sql("select count(*) from audit_event where patient_id = :p and action = 'READ'")
			.param("p", patient)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void answers404ForAnUnknownPatient() {
		String token = staff.newTherapist().token();
		get(token, "/api/v1/patients/{id}/outcomes/summary", UUID.randomUUID()).expectStatus().isNotFound();
		get(token, "/api/v1/patients/{id}/outcomes", UUID.randomUUID()).expectStatus().isNotFound();
	}

	/** A blank draft plan of the patient, assigned to the therapist, made over HTTP. */
	static UUID newPlan(RestTestClient http, Staff.SignedInTherapist therapist, UUID patient) {
		Map<String, Object> plan = Map.of("therapistId", therapist.therapistId(), "diagnosisCode", "M53.3", "goals",
				List.of(Map.of("description", "Walk without pain")), "visitsPerWeek", 2, "durationWeeks", 6,
				"startDate", "2026-01-01");
		String id = http.post()
			.uri("/api/v1/patients/{id}/treatment-plans", patient)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.contentType(MediaType.APPLICATION_JSON)
			.body(plan)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
		return UUID.fromString(id);
	}

	private void nprs(String token, UUID patient, String takenOn, int score, UUID plan) {
		Map<String, Object> body = new HashMap<>(Map.of("instrument", "NPRS", "takenOn", takenOn, "score", score));
		body.put("treatmentPlanId", plan);
		post(token, patient, body).expectStatus().isCreated();
	}

	private void odi(String token, UUID patient, String takenOn, UUID plan) {
		Map<String, Object> body = new HashMap<>(
				Map.of("instrument", "ODI", "takenOn", takenOn, "answers", List.of(2, 2, 2, 2, 2, 2, 1, 1, 1, 1)));
		body.put("treatmentPlanId", plan);
		post(token, patient, body).expectStatus().isCreated();
	}

	/** A PSFS of the activities, in the order given. */
	static void psfs(RestTestClient http, String token, UUID patient, String takenOn, Map<String, Integer> activities) {
		List<Map<String, Object>> named = activities.entrySet()
			.stream()
			.map(activity -> Map.<String, Object>of("name", activity.getKey(), "score", activity.getValue()))
			.toList();
		http.post()
			.uri("/api/v1/patients/{id}/outcomes", patient)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("instrument", "PSFS", "takenOn", takenOn, "activities", named))
			.exchange()
			.expectStatus()
			.isCreated();
	}

	private void psfs(String token, UUID patient, String takenOn, Map<String, Integer> activities) {
		psfs(http, token, patient, takenOn, activities);
	}

	private ResponseSpec post(String token, UUID patient, Map<String, Object> body) {
		return http.post()
			.uri("/api/v1/patients/{id}/outcomes", patient)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	private ResponseSpec get(String token, String uri, UUID patient) {
		return http.get().uri(uri, patient).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

}
