package ilium.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;
import ilium.shared.ClinicProperties;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@HttpTest
class AuditEventsTests {

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@Autowired
	AuditTrail trail;

	@Autowired
	ClinicProperties clinic;

	@Test
	void showsARequestToAnAdminAsSoonAsItIsAnswered() {
		String admin = staff.admin();
		String username = staff.newAccount("FRONT_DESK", null);
		UUID accountId = UUID.fromString(me(staff.token(username, Staff.PASSWORD)).get("id").asString());
		JsonNode events = search(admin, "userId=" + accountId).get("content");
		assertThat(events).hasSize(1);
		JsonNode login = events.get(0);
		assertThat(login.get("action").asString()).isEqualTo("LOGIN");
		assertThat(login.get("username").asString()).isEqualTo(username);
		assertThat(login.get("role").asString()).isEqualTo("FRONT_DESK");
		assertThat(login.get("resourceType").asString()).isEqualTo("staff-account");
		assertThat(login.get("resourceId").asString()).isEqualTo(accountId.toString());
		assertThat(login.get("outcome").asString()).isEqualTo("ALLOWED");
		assertThat(login.get("at").asString()).endsWith("Z");
	}

	@Test
	void listsAPatientsEventsNewestFirstWithTheirFields() {
		UUID patientId = UUID.randomUUID();
		UUID userId = UUID.randomUUID();
		trail.record(new AuditRecord(userId, "maya", "THERAPIST", AuditAction.READ, AuditResource.PATIENT,
				patientId.toString(), patientId, AuditOutcome.ALLOWED));
		trail.record(new AuditRecord(userId, "maya", "THERAPIST", AuditAction.UPDATE, AuditResource.VISIT_NOTE,
				"note-1", patientId, AuditOutcome.DENIED));
		JsonNode page = search(staff.admin(), "patientId=" + patientId);
		assertThat(page.get("content").findValuesAsString("action")).containsExactly("UPDATE", "READ");
		JsonNode newest = page.get("content").get(0);
		assertThat(newest.get("userId").asString()).isEqualTo(userId.toString());
		assertThat(newest.get("patientId").asString()).isEqualTo(patientId.toString());
		assertThat(newest.get("resourceId").asString()).isEqualTo("note-1");
		assertThat(newest.get("outcome").asString()).isEqualTo("DENIED");
		assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(2);
	}

	@Test
	void narrowsToOneStaffMemberAndOnePatientAndPages() {
		UUID patientId = UUID.randomUUID();
		UUID userId = UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			trail.record(new AuditRecord(userId, "daniel", "THERAPIST", AuditAction.READ, AuditResource.PATIENT,
					"p" + i, patientId, AuditOutcome.ALLOWED));
		}
		trail.record(new AuditRecord(UUID.randomUUID(), "maya", "THERAPIST", AuditAction.READ, AuditResource.PATIENT,
				"other", patientId, AuditOutcome.ALLOWED));
		JsonNode page = search(staff.admin(), "patientId=" + patientId + "&userId=" + userId + "&page=1&size=2");
		assertThat(page.get("content").findValuesAsString("resourceId")).containsExactly("p0");
		assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(3);
		assertThat(page.get("page").get("totalPages").asInt()).isEqualTo(2);
		assertThat(page.get("page").get("number").asInt()).isEqualTo(1);
	}

	@Test
	void readsDatesInTheClinicsTimeZoneBothInclusive() {
		UUID patientId = UUID.randomUUID();
		trail.record(new AuditRecord(null, "x", null, AuditAction.READ, AuditResource.PATIENT, null, patientId,
				AuditOutcome.ALLOWED));
		LocalDate today = LocalDate.now(clinic.timeZone());
		assertThat(search(staff.admin(), "patientId=" + patientId + "&from=" + today + "&to=" + today).get("content"))
			.hasSize(1);
		assertThat(search(staff.admin(),
				"patientId=" + patientId + "&from=" + today.minusDays(3) + "&to=" + today.minusDays(1))
			.get("content")).isEmpty();
		assertThat(ZoneId.of("America/Los_Angeles")).isEqualTo(clinic.timeZone());
	}

	@Test
	void refusesAPeriodLongerThanAYear() {
		searchSpec(staff.admin(), "from=2025-01-01&to=2026-01-02").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("to");
		searchSpec(staff.admin(), "from=2025-01-01&to=2025-12-31").expectStatus().isOk();
	}

	@Test
	void refusesAPeriodThatEndsBeforeItStarts() {
		searchSpec(staff.admin(), "from=2026-03-02&to=2026-03-01").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("from");
	}

	@Test
	void refusesAPageLargerThanTwoHundred() {
		searchSpec(staff.admin(), "size=201").expectStatus().isBadRequest();
	}

	@Test
	void isForAdminsOnlyAndTheRefusalIsItselfAudited() {
		String username = staff.newAccount("FRONT_DESK", null);
		String token = staff.token(username, Staff.PASSWORD);
		searchSpec(token, "").expectStatus().isForbidden();
		UUID userId = UUID.fromString(me(token).get("id").asString());
		JsonNode denied = search(staff.admin(), "userId=" + userId).get("content").get(0);
		assertThat(denied.get("outcome").asString()).isEqualTo("DENIED");
		assertThat(denied.get("resourceType").asString()).isEqualTo("audit-event");
	}

	@Test
	void readsOneEventById() {
		UUID patientId = UUID.randomUUID();
		trail.record(new AuditRecord(null, "x", null, AuditAction.READ, AuditResource.PATIENT, null, patientId,
				AuditOutcome.ALLOWED));
		long id = search(staff.admin(), "patientId=" + patientId).get("content").get(0).get("id").asLong();
		http.get()
			.uri("/api/v1/audit-events/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.patientId")
			.isEqualTo(patientId.toString());
	}

	@Test
	void noEndpointChangesOrRemovesAnEvent() {
		String admin = staff.admin();
		for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
			for (String path : List.of("/api/v1/audit-events", "/api/v1/audit-events/1")) {
				http.method(method)
					.uri(path)
					.header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
					.contentType(MediaType.APPLICATION_JSON)
					.body(Map.of("action", "NOTHING"))
					.exchange()
					.expectStatus()
					.isEqualTo(405)
					.expectHeader()
					.contentType(MediaType.APPLICATION_PROBLEM_JSON)
					.expectHeader()
					.valueEquals(HttpHeaders.ALLOW, "GET");
			}
		}
	}

	private JsonNode search(String token, String query) {
		return searchSpec(token, query).expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private RestTestClient.ResponseSpec searchSpec(String token, String query) {
		return http.get()
			.uri("/api/v1/audit-events?" + query)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange();
	}

	private JsonNode me(String token) {
		return http.get()
			.uri("/api/v1/users/me")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

}
