package ilium.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.Clinic;
import ilium.HttpTest;
import ilium.Staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * WEB.md, Decisions: the pages' sign-in form, its session kept in PostgreSQL, CSRF on
 * every form, sign-out, idle sign-out, the security headers; and that a page read is
 * audited as its JSON twin is.
 */
@HttpTest
class PageSignInTests {

	@LocalServerPort
	int port;

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Test
	void sendsSomeoneNotSignedInToTheSignInForm() {
		HttpResponse<String> page = new PageVisitor(port).get("/app/patients");

		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/app/login"));
	}

	@Test
	void servesTheSignInFormWithAStrictPolicyAndNoInlineScriptOrStyle() {
		HttpResponse<String> page = new PageVisitor(port).get("/app/login");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(
				"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
						+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
		assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(page.body()).contains("name=\"_csrf\"")
			.contains("<label for=\"username\">")
			.contains("<label for=\"password\">")
			.doesNotContain("style=")
			.doesNotContainPattern("<script(?![^>]*\\ssrc=)");
	}

	@Test
	void refusesASignInFormPostedWithoutItsCsrfToken() {
		String username = staff.newAccount("FRONT_DESK", null);
		PageVisitor visitor = new PageVisitor(port);
		visitor.get("/app/login");

		HttpResponse<String> refused = visitor.post("/app/login",
				Map.of("username", username, "password", Staff.PASSWORD));

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(refused.body()).contains("Form not accepted").contains("nothing was changed");
		assertThat(visitor.get("/app/patients").statusCode()).isEqualTo(302);
	}

	@Test
	void refusesAFormWithAForgedTokenInALiveSessionWithAPageAndChangesNothing() {
		PageVisitor visitor = new PageVisitor(port);
		visitor.signIn(staff.newAccount("FRONT_DESK", null), Staff.PASSWORD);
		String lastName = "Forged-" + UUID.randomUUID();

		HttpResponse<String> refused = visitor.post("/app/patients/new", Map.of("_csrf", "forged", "firstName", "Ines",
				"lastName", lastName, "dateOfBirth", "1984-06-02", "sex", "FEMALE"));

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Form not accepted").contains("Sign out");
		assertThat(registered(lastName)).isZero();
	}

	@Test
	void sendsAFormFromASessionThatEndedMeanwhileToTheSignInFormSayingSoAndSavesNothing() {
		String username = staff.newAccount("FRONT_DESK", null);
		PageVisitor visitor = new PageVisitor(port);
		visitor.signIn(username, Staff.PASSWORD);
		visitor.get("/app/patients/new");
		staff.idlePageSessions(staff.accountId(username), Duration.ofMinutes(15).plusSeconds(1));
		String lastName = "Late-" + UUID.randomUUID();

		HttpResponse<String> late = visitor.submit("/app/patients/new",
				Map.of("firstName", "Ines", "lastName", lastName, "dateOfBirth", "1984-06-02", "sex", "FEMALE"));

		assertThat(late.statusCode()).isEqualTo(302);
		assertThat(late.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/app/login?expired"));
		assertThat(visitor.get("/app/login?expired").body()).contains("You were signed out");
		assertThat(registered(lastName)).isZero();
	}

	private long registered(String lastName) {
		return jdbc.sql("select count(*) from patient where last_name = :lastName")
			.param("lastName", lastName)
			.query(Long.class)
			.single();
	}

	@Test
	void turnsAWrongPasswordBackWithoutSayingWhichPartWasWrongAndAuditsIt() {
		String username = staff.newAccount("FRONT_DESK", null);
		PageVisitor visitor = new PageVisitor(port);

		HttpResponse<String> refused = visitor.signIn(username, "not-the-password-at-all");

		assertThat(refused.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/app/login?error"));
		assertThat(visitor.get("/app/login?error").body()).contains("That username and password do not sign in.");
		assertThat(visitor.get("/app/patients").statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("""
				select count(*) from audit_event
				 where username = :username and action = 'LOGIN' and outcome = 'DENIED'
				""").param("username", username).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void holdsBackAUsernameThatFailedTooOftenAsTheApiDoes() {
		String username = staff.newAccount("FRONT_DESK", null);
		PageVisitor visitor = new PageVisitor(port);
		for (int attempt = 0; attempt < 5; attempt++) {
			visitor.signIn(username, "not-the-password-at-all");
		}

		HttpResponse<String> held = visitor.signIn(username, Staff.PASSWORD);

		assertThat(held.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).contains("/app/login?retryAfter="));
		assertThat(visitor.get("/app/patients").statusCode()).isEqualTo(302);
	}

	@Test
	void signsInWithANewSessionIdKeptOnlyForThePagesAndOpensThePatientList() {
		String username = staff.newAccount("FRONT_DESK", null);
		PageVisitor visitor = new PageVisitor(port);
		visitor.get("/app/login");
		String before = visitor.session().orElseThrow();

		HttpResponse<String> signedIn = visitor.submit("/app/login",
				Map.of("username", username, "password", Staff.PASSWORD));

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/app"));
		assertThat(visitor.session()).isPresent().get().isNotEqualTo(before);
		assertThat(signedIn.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("ILIUM_SESSION=")
				.contains("Path=/app")
				.contains("HttpOnly")
				.contains("SameSite=Lax"));
		assertThat(visitor.get("/app").headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/app/schedule"));
		HttpResponse<String> list = visitor.get("/app/patients");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(username).contains("Sign out");
		assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = :user")
			.param("user", staff.accountId(username).toString())
			.query(Integer.class)
			.single()).as("15 minutes idle").isEqualTo(900);
	}

	@Test
	void auditsASearchAndAPatientPageAsTheirJsonTwins() {
		String username = staff.newAccount("FRONT_DESK", null);
		UUID patient = new Clinic(http, jdbc, staff).newPatient();
		String lastName = jdbc.sql("select last_name from patient where id = :id")
			.param("id", patient)
			.query(String.class)
			.single();
		PageVisitor visitor = new PageVisitor(port);
		visitor.signIn(username, Staff.PASSWORD);

		HttpResponse<String> found = visitor.get("/app/patients?q=" + lastName);
		HttpResponse<String> page = visitor.get("/app/patients/" + patient);

		assertThat(found.body()).contains(lastName).contains("/app/patients/" + patient);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(lastName).contains("1980-05-17");
		assertThat(jdbc.sql("""
				select action from audit_event
				 where username = :username and patient_id = :patient and resource_type = 'patient'
				 order by id
				""").param("username", username).param("patient", patient).query(String.class).list())
			.containsExactly("SEARCH", "READ");
	}

	@Test
	void answersAnUnknownPatientWithAPageInTheClinicsWords() {
		PageVisitor visitor = new PageVisitor(port);
		visitor.signIn(staff.newAccount("FRONT_DESK", null), Staff.PASSWORD);

		HttpResponse<String> page = visitor.get("/app/patients/" + UUID.randomUUID());

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("Back to the start").doesNotContain("Exception").doesNotContain("at ilium.");
	}

	@Test
	void answersAnAddressNoPageHasWithAPageAndLeavesTheApisNotFoundAsItIs() {
		String username = staff.newAccount("FRONT_DESK", null);
		PageVisitor visitor = new PageVisitor(port);
		visitor.signIn(username, Staff.PASSWORD);

		HttpResponse<String> page = visitor.get("/app/schedul");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("Page not found").contains("Back to the start").contains("Sign out");
		http.get()
			.uri("/api/v1/nothing-here")
			.header("Authorization", "Bearer " + staff.token(username, Staff.PASSWORD))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType("application/problem+json");
	}

	@Test
	void endsTheSessionAtSignOutSoItsCookieOpensNothingAfterwards() {
		PageVisitor visitor = new PageVisitor(port);
		visitor.signIn(staff.newAccount("FRONT_DESK", null), Staff.PASSWORD);
		visitor.get("/app/patients");
		String session = visitor.session().orElseThrow();

		HttpResponse<String> signedOut = visitor.submit("/app/logout", Map.of());

		assertThat(signedOut.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/app/login?signedOut"));
		PageVisitor replay = new PageVisitor(port);
		replay.useSession(session);
		assertThat(replay.get("/app/patients").statusCode()).isEqualTo(302);
	}

	@Test
	void endsTheSessionOfADeactivatedAccountWithinASecond() {
		String username = staff.newAccount("FRONT_DESK", null);
		PageVisitor visitor = new PageVisitor(port);
		visitor.signIn(username, Staff.PASSWORD);
		assertThat(visitor.get("/app/patients").statusCode()).isEqualTo(200);

		staff.changeAccount(staff.accountId(username), Map.of("active", false)).expectStatus().isOk();

		await().atMost(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(visitor.get("/app/patients").statusCode()).isEqualTo(302));
	}

	@Test
	void signsOutASessionLeftIdlePastItsTimeout() {
		String username = staff.newAccount("FRONT_DESK", null);
		PageVisitor visitor = new PageVisitor(port);
		visitor.signIn(username, Staff.PASSWORD);
		assertThat(visitor.get("/app/patients").statusCode()).isEqualTo(200);

		staff.idlePageSessions(staff.accountId(username), Duration.ofMinutes(15).plusSeconds(1));

		HttpResponse<String> after = visitor.get("/app/patients");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/app/login?expired"));
	}

}
