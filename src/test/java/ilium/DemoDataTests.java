package ilium;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's first command promises a clinic to look at: the demo profile's data
 * ({@code db/demo}) applies on top of the migrations, its staff sign in, and the reports
 * and outcome summaries have something to show.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "ilium.security.token-secret=test-secret-that-is-long-enough-for-hs256")
@ActiveProfiles("demo")
@AutoConfigureRestTestClient
@Import(TestDatabaseConfiguration.class)
class DemoDataTests {

	static final String PASSWORD = "ilium-demo-password";

	@Autowired
	RestTestClient http;

	@Test
	void theDemoClinicHasStaffPatientsPlansAndOutcomes() {
		LocalDate today = LocalDate.now(ZoneId.of("America/Los_Angeles"));
		String range = "from=" + today.minusDays(89) + "&to=" + today;
		String admin = token("admin");
		JsonNode summary = get(admin, "/api/v1/reports/clinic-summary?" + range);
		assertThat(summary.get("newPatients").asInt()).isEqualTo(12);
		assertThat(summary.get("activePlans").asInt()).isEqualTo(6);
		assertThat(get(admin, "/api/v1/reports/outcomes?" + range).findValuesAsString("groupName"))
			.contains("Maya Okafor", "Daniel Reyes");
		JsonNode outcomes = get(token("maya"),
				"/api/v1/patients/00000000-0000-4000-8000-000000000203/outcomes/summary");
		assertThat(outcomes.get(0).get("instrument").asString()).isEqualTo("NPRS");
		assertThat(outcomes.get(0).get("baseline").asInt()).isEqualTo(7);
		assertThat(outcomes.get(0).get("latest").asInt()).isZero();
		assertThat(outcomes.get(0).get("improvedByMcid").asBoolean()).isTrue();
		// 90 days of schedule: both therapists mostly booked, few no-shows.
		assertThat(get(admin, "/api/v1/reports/utilization?" + range).valueStream()
			.map(row -> row.get("utilization").asDouble())).hasSize(2)
			.allSatisfy(rate -> assertThat(rate).isBetween(0.5, 0.9));
		assertThat(summary.get("noShowRate").asDouble()).isBetween(0.0, 0.15);
		assertThat(summary.get("appointmentsBooked").asInt()).isGreaterThan(900);
		assertThat(token("frontdesk")).isNotBlank();
		assertThat(token("daniel")).isNotBlank();
	}

	@Test
	void everyDemoPlanWasRecordedThroughTheRedFlagGate() {
		String maya = token("maya");
		LocalDate today = LocalDate.now(ZoneId.of("America/Los_Angeles"));
		for (int n = 1; n <= 6; n++) {
			String patient = "/api/v1/patients/00000000-0000-4000-8000-00000000020" + n;
			JsonNode screenings = get(maya, patient + "/screenings").get("content");
			assertThat(screenings.valueStream().map(s -> s.get("resolved").asBoolean())).containsOnly(true);
			assertThat(LocalDate.parse(screenings.get(0).get("screenedOn").asString()))
				.isAfterOrEqualTo(today.minusDays(30));
			JsonNode plan = get(maya, patient + "/treatment-plans").get("content").get(0);
			assertThat(plan.get("status").asString()).isEqualTo("ACTIVE");
			assertThat(plan.get("goals").isEmpty()).isFalse();
			assertThat(plan.get("statusHistory").valueStream().map(c -> c.get("status").asString()))
				.containsExactly("DRAFT", "ACTIVE");
			JsonNode program = get(maya, "/api/v1/treatment-plans/" + plan.get("id").asString() + "/home-program");
			assertThat(program.get("programStatus").asString()).isEqualTo("ACTIVE");
			assertThat(program.get("exercises").isEmpty()).isFalse();
		}
		JsonNode grace = get(maya, "/api/v1/patients/00000000-0000-4000-8000-000000000207/screenings");
		assertThat(grace.get("content").get(0).get("disposition").asString()).isEqualTo("URGENT_REFERRAL");
		assertThat(grace.get("content").get(0).get("resolved").asBoolean()).isFalse();
	}

	private String token(String username) {
		return http.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", username, "password", PASSWORD))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("accessToken")
			.asString();
	}

	private JsonNode get(String token, String uri) {
		return http.get()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

}
