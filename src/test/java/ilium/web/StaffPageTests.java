package ilium.web;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;
import ilium.therapists.Therapists;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WEB.md, Routes: the admin's {@code /app/admin/staff}: accounts opened, deactivated,
 * unlocked and given a new password through the API's own directory, each refusal said
 * next to the field it concerns.
 */
@HttpTest
class StaffPageTests {

	/** Hard enough to guess for the password policy, and not any test account's. */
	static final String NEW_PASSWORD = "violet tram harbour quietly";

	@LocalServerPort
	int port;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RestTestClient http;

	PageVisitor admin;

	@BeforeEach
	void signIn() {
		admin = new PageVisitor(port);
		admin.signIn(staff.newAccount("ADMIN", null), Staff.PASSWORD);
	}

	@Test
	void listsTheAccountsWithEveryFieldLabelled() {
		HttpResponse<String> page = admin.get("/app/admin/staff");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<label for=\"username\">")
			.contains("<label for=\"password\">")
			.contains("<label for=\"role\">")
			.contains("<label for=\"therapistId\">")
			.containsPattern("<label for=\"password-[0-9a-f-]{36}\">New password</label>");
	}

	@Test
	void opensAnAccountThatSignsInAtOnce() {
		String username = "0-opened-" + UUID.randomUUID();

		HttpResponse<String> opened = open(form(username, NEW_PASSWORD, "FRONT_DESK", ""));

		assertThat(opened.statusCode()).isEqualTo(302);
		assertThat(admin.get("/app/admin/staff").body()).contains("The account " + username + " is open.");
		PageVisitor newcomer = new PageVisitor(port);
		assertThat(newcomer.signIn(username, NEW_PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/app"));
	}

	@Test
	void saysNextToThePasswordWhyItIsTooEasyToGuess() {
		String username = "0-weak-" + UUID.randomUUID();

		HttpResponse<String> refused = open(form(username, "password1234", "FRONT_DESK", ""));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("aria-describedby=\"password-error\"")
			.containsPattern("id=\"password-error\">Is too easy to guess[^<]*\\.<")
			.contains("value=\"" + username + "\"")
			.doesNotContain("password1234");
		assertThat(accounts(username)).isZero();
	}

	@Test
	void saysNextToTheTherapistThatTheyHaveAnAccountAlready() {
		UUID therapist = new Therapists(jdbc).newTherapist();
		staff.newAccount("THERAPIST", therapist);

		HttpResponse<String> refused = open(
				form("0-second-" + UUID.randomUUID(), NEW_PASSWORD, "THERAPIST", therapist.toString()));

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body())
			.contains("id=\"therapistId-error\">This therapist already has an active THERAPIST account.<");
	}

	@Test
	void asksForARoleRatherThanChoosingOne() {
		HttpResponse<String> refused = open(form("0-roleless-" + UUID.randomUUID(), NEW_PASSWORD, "", ""));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"role-error\">Required.<");
	}

	@Test
	void asksForTheTherapistOfATherapistsAccount() {
		HttpResponse<String> refused = open(form("0-nobody-" + UUID.randomUUID(), NEW_PASSWORD, "THERAPIST", ""));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"therapistId-error\">Is required for a THERAPIST account.<");
	}

	@Test
	void deactivatesAnAccountWhoseSignInThenFails() {
		String username = staff.newAccount("FRONT_DESK", null);
		admin.get("/app/admin/staff");

		HttpResponse<String> done = admin.submit("/app/admin/staff/" + staff.accountId(username) + "/deactivate",
				Map.of());

		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(new PageVisitor(port).signIn(username, Staff.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/app/login?error"));
	}

	@Test
	void setsANewPasswordThatSignsIn() {
		String username = staff.newAccount("FRONT_DESK", null);
		admin.get("/app/admin/staff");

		HttpResponse<String> done = admin.submit("/app/admin/staff/" + staff.accountId(username) + "/password",
				Map.of("password", NEW_PASSWORD));

		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(new PageVisitor(port).signIn(username, NEW_PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/app"));
	}

	@Test
	void saysAtTheAccountWhyANewPasswordIsRefused() {
		UUID account = listedFirst("FRONT_DESK", null);
		admin.get("/app/admin/staff");

		HttpResponse<String> refused = admin.submit("/app/admin/staff/" + account + "/password",
				Map.of("password", "short"));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("aria-describedby=\"refusal-" + account + "\"")
			.contains("id=\"refusal-" + account + "\">Password: Too short: at least 12 characters.<");
	}

	@Test
	void saysAtTheAccountWhyItCannotBeActivatedBesideItsTherapistsNewOne() {
		UUID therapist = new Therapists(jdbc).newTherapist();
		UUID old = listedFirst("THERAPIST", therapist);
		staff.changeAccount(old, Map.of("active", false)).expectStatus().isOk();
		staff.newAccount("THERAPIST", therapist);
		admin.get("/app/admin/staff");

		HttpResponse<String> refused = admin.submit("/app/admin/staff/" + old + "/activate", Map.of());

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body())
			.contains("id=\"refusal-" + old + "\">This therapist already has an active THERAPIST account.<");
	}

	@Test
	void comesBackToThePageOfTheAccountChanged() {
		String username = staff.newAccount("FRONT_DESK", null);
		admin.get("/app/admin/staff");

		HttpResponse<String> done = admin.submit("/app/admin/staff/" + staff.accountId(username) + "/unlock",
				Map.of("page", "3"));

		assertThat(done.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/app/admin/staff?page=3"));
	}

	@Test
	void unlocksAnAccountHeldBackByFailedSignIns() {
		String username = staff.newAccount("FRONT_DESK", null);
		PageVisitor someone = new PageVisitor(port);
		for (int attempt = 0; attempt < 5; attempt++) {
			someone.signIn(username, "not-the-password-at-all");
		}
		admin.get("/app/admin/staff");

		HttpResponse<String> done = admin.submit("/app/admin/staff/" + staff.accountId(username) + "/unlock", Map.of());

		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(new PageVisitor(port).signIn(username, Staff.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/app"));
	}

	/**
	 * An account opened through the API whose username sorts before every other test's,
	 * so it is on the list's first page.
	 */
	private UUID listedFirst(String role, UUID therapist) {
		Map<String, Object> body = new HashMap<>(
				Map.of("username", "0-listed-" + UUID.randomUUID(), "password", Staff.PASSWORD, "role", role));
		if (therapist != null) {
			body.put("therapistId", therapist);
		}
		return UUID.fromString(http.post()
			.uri("/api/v1/users")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString());
	}

	private HttpResponse<String> open(Map<String, String> form) {
		admin.get("/app/admin/staff");
		return admin.submit("/app/admin/staff", form);
	}

	private long accounts(String username) {
		return jdbc.sql("select count(*) from staff_account where username = :username")
			.param("username", username)
			.query(Long.class)
			.single();
	}

	private static Map<String, String> form(String username, String password, String role, String therapistId) {
		Map<String, String> form = new HashMap<>();
		form.put("username", username);
		form.put("password", password);
		form.put("role", role);
		form.put("therapistId", therapistId);
		return form;
	}

}
