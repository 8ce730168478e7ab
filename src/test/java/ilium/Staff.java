package ilium;

import java.util.Map;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.therapists.Therapists;
import tools.jackson.databind.JsonNode;

/**
 * Signs staff in for tests: the first admin, and fresh accounts of any role (each with a
 * unique username, so tests never collide).
 */
@TestComponent
public class Staff {

	public static final String ADMIN_USERNAME = "first-admin";

	public static final String ADMIN_PASSWORD = "first-admin-password";

	public static final String PASSWORD = "a-long-enough-password";

	private final RestTestClient http;

	private final JdbcClient jdbc;

	Staff(RestTestClient http, JdbcClient jdbc) {
		this.http = http;
		this.jdbc = jdbc;
	}

	/** A bearer token of the first admin. */
	public String admin() {
		return token(ADMIN_USERNAME, ADMIN_PASSWORD);
	}

	/** A bearer token of a new front-desk account. */
	public String frontDesk() {
		return token(newAccount("FRONT_DESK", null), PASSWORD);
	}

	/** A bearer token of a new therapist account linked to the given therapist. */
	public String therapist(UUID therapistId) {
		return token(newAccount("THERAPIST", therapistId), PASSWORD);
	}

	/** A new therapist ({@link Therapists}) and a bearer token of their account. */
	public SignedInTherapist newTherapist() {
		UUID therapistId = new Therapists(jdbc).newTherapist();
		return new SignedInTherapist(therapistId, therapist(therapistId));
	}

	/** Opens an account through the API and answers its username. */
	public String newAccount(String role, UUID therapistId) {
		String username = role.toLowerCase() + "-" + UUID.randomUUID();
		Map<String, Object> body = new java.util.HashMap<>(
				Map.of("username", username, "password", PASSWORD, "role", role));
		if (therapistId != null) {
			body.put("therapistId", therapistId);
		}
		http.post()
			.uri("/api/v1/users")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated();
		return username;
	}

	/** An admin's {@code PATCH /api/v1/users/{id}} with the given merge patch. */
	public RestTestClient.ResponseSpec changeAccount(UUID id, Map<String, Object> change) {
		return http.patch()
			.uri("/api/v1/users/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body(change)
			.exchange();
	}

	/** Signs in and answers the bearer token. */
	public String token(String username, String password) {
		JsonNode response = http.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", username, "password", password))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		return response.get("accessToken").asString();
	}

	/** The id of the account with this username. */
	public UUID accountId(String username) {
		return jdbc.sql("select id from staff_account where username = :username")
			.param("username", username)
			.query(UUID.class)
			.single();
	}

	/**
	 * Moves the page sessions of this account back by {@code idle}, as if nobody had used
	 * them for that long.
	 */
	public void idlePageSessions(UUID accountId, java.time.Duration idle) {
		jdbc.sql("""
				update spring_session
				   set last_access_time = last_access_time - :millis, expiry_time = expiry_time - :millis
				 where principal_name = :account
				""").param("millis", idle.toMillis()).param("account", accountId.toString()).update();
	}

	/** A therapist and their signed-in account's token. */
	public record SignedInTherapist(UUID therapistId, String token) {
	}

}
