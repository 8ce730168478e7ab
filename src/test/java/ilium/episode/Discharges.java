package ilium.episode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;

/**
 * For tests that complete a plan (EPISODE.md R11): the signed discharge summary it needs,
 * written through the API, every ACTIVE goal met.
 */
public final class Discharges {

	private Discharges() {
	}

	/** Writes and signs the plan's discharge summary on {@code dischargeDate}. */
	public static void signedSummary(RestTestClient http, String token, Object planId, LocalDate dischargeDate) {
		JsonNode goals = http.get()
			.uri("/api/v1/treatment-plans/{id}/goals", planId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		List<Map<String, Object>> statuses = goals.valueStream()
			.filter(goal -> goal.get("status").asString().equals("ACTIVE"))
			.map(goal -> Map.<String, Object>of("goalId", goal.get("id").asString(), "status", "MET"))
			.toList();
		http.post()
			.uri("/api/v1/treatment-plans/{id}/discharge-summary", planId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("dischargeDate", dischargeDate.toString(), "reason", "GOALS_MET", "text",
					"Goals met; continues the home program.", "goalStatuses", statuses))
			.exchange()
			.expectStatus()
			.isCreated();
		http.post()
			.uri("/api/v1/treatment-plans/{id}/discharge-summary/sign", planId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk();
	}

}
