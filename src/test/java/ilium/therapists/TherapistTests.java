package ilium.therapists;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;
import tools.jackson.databind.JsonNode;

@HttpTest
class TherapistTests {

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void anAdminAddsATherapistAndAnyRoleReadsIt() {
		String license = "PT-" + UUID.randomUUID();
		JsonNode created = post("/api/v1/therapists", staff.admin(),
				Map.of("firstName", "Nina", "lastName", "Park", "licenseNumber", license))
			.expectStatus()
			.isCreated()
			.expectHeader()
			.exists(HttpHeaders.LOCATION)
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		http.get()
			.uri("/api/v1/therapists/{id}", created.get("id").asString())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.frontDesk())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.licenseNumber")
			.isEqualTo(license)
			.jsonPath("$.active")
			.isEqualTo(true);
	}

	@Test
	void theFrontDeskCannotAddATherapist() {
		post("/api/v1/therapists", staff.frontDesk(),
				Map.of("firstName", "Nina", "lastName", "Park", "licenseNumber", "PT-" + UUID.randomUUID()))
			.expectStatus()
			.isForbidden();
	}

	@Test
	void refusesADuplicateLicenseNumber() {
		String license = "PT-" + UUID.randomUUID();
		Map<String, Object> body = Map.of("firstName", "Nina", "lastName", "Park", "licenseNumber", license);
		post("/api/v1/therapists", staff.admin(), body).expectStatus().isCreated();
		post("/api/v1/therapists", staff.admin(), body).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/duplicate-license-number");
	}

	@Test
	void anAdminPatchesAProfileAndAStaleIfMatchIsRefused() {
		UUID id = staff.newTherapist().therapistId();
		patch(id, "{\"email\":\"new@ilium.example\"}", "\"0\"").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.email")
			.isEqualTo("new@ilium.example");
		patch(id, "{\"active\":false}", "\"0\"").expectStatus().isEqualTo(412);
	}

	@Test
	void replacesAndReadsWeeklyWorkingHours() {
		UUID id = staff.newTherapist().therapistId();
		List<Map<String, String>> hours = List.of(Map.of("dayOfWeek", "MONDAY", "start", "08:00", "end", "12:00"),
				Map.of("dayOfWeek", "MONDAY", "start", "13:00", "end", "17:30"));
		put(id, staff.admin(), hours).expectStatus().isOk();
		put(id, staff.admin(), List.of(Map.of("dayOfWeek", "TUESDAY", "start", "09:00", "end", "15:00"))).expectStatus()
			.isOk();
		http.get()
			.uri("/api/v1/therapists/{id}/working-hours", id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.frontDesk())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1)
			.jsonPath("$[0].dayOfWeek")
			.isEqualTo("TUESDAY")
			.jsonPath("$[0].start")
			.isEqualTo("09:00")
			.jsonPath("$[0].end")
			.isEqualTo("15:00");
	}

	@Test
	void refusesWorkingHoursThatEndBeforeTheyStart() {
		UUID id = staff.newTherapist().therapistId();
		put(id, staff.admin(), List.of(Map.of("dayOfWeek", "MONDAY", "start", "17:00", "end", "08:00"))).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("[0].end");
	}

	@Test
	void refusesOverlappingWorkingHoursOnOneDay() {
		UUID id = staff.newTherapist().therapistId();
		put(id, staff.admin(), List.of(Map.of("dayOfWeek", "MONDAY", "start", "08:00", "end", "12:00"),
				Map.of("dayOfWeek", "MONDAY", "start", "11:00", "end", "15:00")))
			.expectStatus()
			.isBadRequest();
	}

	@Test
	void refusesWorkingHoursNotWrittenAsHoursAndMinutes() {
		UUID id = staff.newTherapist().therapistId();
		put(id, staff.admin(), List.of(Map.of("dayOfWeek", "MONDAY", "start", "8am", "end", "12:00"))).expectStatus()
			.isBadRequest();
	}

	@Test
	void onlyAnAdminSetsWorkingHours() {
		UUID id = staff.newTherapist().therapistId();
		put(id, staff.frontDesk(), List.of(Map.of("dayOfWeek", "MONDAY", "start", "08:00", "end", "12:00")))
			.expectStatus()
			.isForbidden();
	}

	@Test
	void theSchemaRefusesOverlappingWorkingHoursToo() {
		UUID id = staff.newTherapist().therapistId();
		String insert = """
				insert into therapist_working_hours (therapist_id, day_of_week, start_time, end_time)
				values (:id, 1, cast(:start as time), cast(:end as time))
				""";
		jdbc.sql(insert).param("id", id).param("start", "08:00").param("end", "12:00").update();
		jdbc.sql(insert).param("id", id).param("start", "12:00").param("end", "13:00").update();
		org.assertj.core.api.Assertions
			.assertThatThrownBy(
					() -> jdbc.sql(insert).param("id", id).param("start", "11:00").param("end", "14:00").update())
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}

	@Test
	void listsTherapistsPaged() {
		staff.newTherapist();
		http.get()
			.uri("/api/v1/therapists?size=1")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.frontDesk())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content.length()")
			.isEqualTo(1)
			.jsonPath("$.page.size")
			.isEqualTo(1);
	}

	@Test
	void theFrontDeskRecordsTimeOff() {
		UUID id = staff.newTherapist().therapistId();
		post("/api/v1/therapists/" + id + "/time-off", staff.frontDesk(),
				Map.of("start", "2027-02-01T16:00:00Z", "end", "2027-02-02T01:00:00Z", "reason", "Course"))
			.expectStatus()
			.isCreated()
			.expectHeader()
			.exists(HttpHeaders.LOCATION)
			.expectBody()
			.jsonPath("$.reason")
			.isEqualTo("Course");
	}

	@Test
	void aTherapistCannotRecordTimeOffAndTimeOffMustEndAfterItStarts() {
		var therapist = staff.newTherapist();
		Map<String, Object> body = Map.of("start", "2027-02-01T16:00:00Z", "end", "2027-02-01T16:00:00Z");
		post("/api/v1/therapists/" + therapist.therapistId() + "/time-off", therapist.token(), body).expectStatus()
			.isForbidden();
		post("/api/v1/therapists/" + therapist.therapistId() + "/time-off", staff.admin(), body).expectStatus()
			.isBadRequest();
	}

	private RestTestClient.ResponseSpec post(String uri, String token, Object body) {
		return http.post()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	private RestTestClient.ResponseSpec put(UUID id, String token, Object body) {
		return http.put()
			.uri("/api/v1/therapists/{id}/working-hours", id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	private RestTestClient.ResponseSpec patch(UUID id, String json, String ifMatch) {
		return http.patch()
			.uri("/api/v1/therapists/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.header(HttpHeaders.IF_MATCH, ifMatch)
			.contentType(MediaType.valueOf("application/merge-patch+json"))
			.body(json)
			.exchange();
	}

}
