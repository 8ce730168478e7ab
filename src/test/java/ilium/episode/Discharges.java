package ilium.episode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;

/**
 * For tests that complete a plan (EPISODE.md R11): the signed discharge summary it needs,
 * written through the API, every ACTIVE goal met.
 */
public final class Discharges {

	private Discharges() {
	}

	/**
	 * For tests that close plans in SQL: the plan's signed discharge summary as a row, so
	 * PostgreSQL lets it complete (V122).
	 */
	public static void signedSummaryRow(JdbcClient jdbc, UUID planId, LocalDate dischargeDate) {
		jdbc.sql("""
				insert into episode_document (id, plan_id, kind, through_date, reason, body, status, author_id,
				                              created_at, signed_at, home_program_at_discharge)
				select :id, p.id, 'DISCHARGE_SUMMARY', :date, 'GOALS_MET', 'Goals met.', 'SIGNED', p.created_by, now(),
				       now(), '{}'::jsonb
				  from treatment_plan p
				 where p.id = :planId
				""").param("id", UUID.randomUUID()).param("planId", planId).param("date", dischargeDate).update();
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
