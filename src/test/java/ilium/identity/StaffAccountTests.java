package ilium.identity;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;
import ilium.shared.DatabaseConstraint;
import ilium.therapists.Therapists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@HttpTest
class StaffAccountTests {

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdminOpensAnAccountWithoutEverReturningThePassword() {
		String username = "desk-" + UUID.randomUUID();
		create(staff.admin(), Map.of("username", username, "password", Staff.PASSWORD, "role", "FRONT_DESK"))
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches(HttpHeaders.LOCATION, "/api/v1/users/[0-9a-f-]{36}")
			.expectBody()
			.jsonPath("$.username")
			.isEqualTo(username)
			.jsonPath("$.role")
			.isEqualTo("FRONT_DESK")
			.jsonPath("$.active")
			.isEqualTo(true)
			.jsonPath("$.password")
			.doesNotExist()
			.jsonPath("$.passwordHash")
			.doesNotExist();
	}

	@Test
	void storesOnlyAnAdaptiveHashOfThePassword() {
		String username = staff.newAccount("FRONT_DESK", null);
		String hash = jdbc.sql("select password_hash from staff_account where username = :u")
			.param("u", username)
			.query(String.class)
			.single();
		assertThat(hash).startsWith("$2a$").doesNotContain(Staff.PASSWORD);
	}

	@Test
	void refusesAPasswordShorterThanTwelveCharacters() {
		create(staff.admin(),
				Map.of("username", "short-" + UUID.randomUUID(), "password", "elevenchars", "role", "ADMIN"))
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("password");
	}

	@Test
	void refusesATakenUsernameWhateverItsCase() {
		String username = staff.newAccount("FRONT_DESK", null);
		create(staff.admin(),
				Map.of("username", username.toUpperCase(), "password", Staff.PASSWORD, "role", "FRONT_DESK"))
			.expectStatus()
			.isEqualTo(409);
	}

	@Test
	void aTherapistAccountMustNameAnExistingTherapist() {
		create(staff.admin(),
				Map.of("username", "t-" + UUID.randomUUID(), "password", Staff.PASSWORD, "role", "THERAPIST"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("therapistId");
		Map<String, Object> unknownTherapist = new HashMap<>(Map.of("username", "t-" + UUID.randomUUID(), "password",
				Staff.PASSWORD, "role", "THERAPIST", "therapistId", UUID.randomUUID()));
		create(staff.admin(), unknownTherapist).expectStatus().isEqualTo(422);
	}

	@Test
	void postgresRefusesATherapistAccountWithoutATherapist() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> jdbc.sql("""
				insert into staff_account (id, username, password_hash, role, created_at)
				values (gen_random_uuid(), :username, 'x', 'THERAPIST', now())
				""").param("username", "t-" + UUID.randomUUID()).update())
			.satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex)).contains("staff_account_therapist_named"));
	}

	@Test
	void onlyAnAdminManagesAccounts() {
		String frontDesk = staff.frontDesk();
		create(frontDesk, Map.of("username", "x-" + UUID.randomUUID(), "password", Staff.PASSWORD, "role", "ADMIN"))
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		http.get()
			.uri("/api/v1/users")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + frontDesk)
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void listsAccountsInPages() {
		staff.newAccount("FRONT_DESK", null);
		http.get()
			.uri("/api/v1/users?page=0&size=1")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content.length()")
			.isEqualTo(1)
			.jsonPath("$.page.size")
			.isEqualTo(1)
			.jsonPath("$.page.number")
			.isEqualTo(0)
			.jsonPath("$.page.totalElements")
			.value(total -> assertThat(((Number) total).longValue()).isGreaterThanOrEqualTo(2));
	}

	@Test
	void refusesAPageLargerThanTwoHundred() {
		http.get()
			.uri("/api/v1/users?size=201")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("size");
	}

	@Test
	void meAnswersTheSignedInAccount() {
		String username = staff.newAccount("FRONT_DESK", null);
		http.get()
			.uri("/api/v1/users/me")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.token(username, Staff.PASSWORD))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.username")
			.isEqualTo(username);
	}

	@Test
	void aChangedPasswordSignsInAndTheOldOneNoLonger() {
		String username = staff.newAccount("FRONT_DESK", null);
		UUID id = jdbc.sql("select id from staff_account where username = :u")
			.param("u", username)
			.query(UUID.class)
			.single();
		http.patch()
			.uri("/api/v1/users/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("password", "a-brand-new-password", "role", "ADMIN"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.role")
			.isEqualTo("ADMIN");
		staff.token(username, "a-brand-new-password");
		http.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", username, "password", Staff.PASSWORD))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void recordsSignInsAndAccountChangesInTheAuditTrail() {
		String username = staff.newAccount("FRONT_DESK", null);
		staff.token(username, Staff.PASSWORD);
		http.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", username, "password", "wrong-password-here"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		UUID id = jdbc.sql("select id from staff_account where username = :u")
			.param("u", username)
			.query(UUID.class)
			.single();
		var outcomes = jdbc.sql("""
				select action || ':' || outcome from audit_event
				 where resource_type = 'staff-account' and resource_id = :id order by id
				""").param("id", id.toString()).query(String.class).list();
		assertThat(outcomes).containsExactly("CREATE:ALLOWED", "LOGIN:ALLOWED", "LOGIN:DENIED");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u202Eadmin", "\u0430dmin", "ad", "a b-c", "caf\u00e9-desk", "\u212Aate" })
	void refusesAUsernameOutsideTheAllowedCharactersAndLengths(String username) {
		create(staff.admin(), Map.of("username", username, "password", Staff.PASSWORD, "role", "FRONT_DESK"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("username");
	}

	@Test
	void refusesAUsernameLongerThanFifty() {
		create(staff.admin(), Map.of("username", "u".repeat(51), "password", Staff.PASSWORD, "role", "FRONT_DESK"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("username");
	}

	@Test
	void foldsUpperCaseLettersOfAUsername() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		create(staff.admin(),
				Map.of("username", "Desk.Ana_" + suffix, "password", Staff.PASSWORD, "role", "FRONT_DESK"))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.username")
			.isEqualTo("desk.ana_" + suffix);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Upper-Case", "\u0430dmin-x", "ab" })
	void postgresRefusesAUsernameOutsideTheRule(String username) {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> jdbc.sql("""
				insert into staff_account (id, username, password_hash, role, created_at)
				values (gen_random_uuid(), :username, 'x', 'FRONT_DESK', now())
				""").param("username", username).update())
			.satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex)).contains("staff_account_username_format"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "aaaaaaaaaaaa", "password1234", "qwertyuiop12" })
	void refusesAGuessablePassword(String password) {
		create(staff.admin(),
				Map.of("username", "weak-" + UUID.randomUUID(), "password", password, "role", "FRONT_DESK"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("password");
	}

	@Test
	void refusesTheUsernameAsPassword() {
		String username = "same-as-password-" + UUID.randomUUID().toString().substring(0, 8);
		create(staff.admin(), Map.of("username", username, "password", username, "role", "FRONT_DESK")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("password");
	}

	@Test
	void refusesAGuessableNewPassword() {
		UUID id = idOf(staff.newAccount("FRONT_DESK", null));
		change(id, Map.of("password", "aaaaaaaaaaaa")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("password");
	}

	@Test
	void refusesASecondActiveTherapistAccountForOneTherapist() {
		UUID therapistId = staff.newTherapist().therapistId();
		create(staff.admin(), therapistAccount(therapistId)).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/therapist-has-account");
	}

	@Test
	void refusesToReactivateATherapistAccountWhileAnotherIsActive() {
		UUID therapistId = new Therapists(jdbc).newTherapist();
		UUID first = created(therapistAccount(therapistId));
		change(first, Map.of("active", false)).expectStatus().isOk();
		created(therapistAccount(therapistId));
		change(first, Map.of("active", true)).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/therapist-has-account");
	}

	@Test
	void refusesToReRoleAnAccountBackToTherapistWhileAnotherIsActive() {
		UUID therapistId = new Therapists(jdbc).newTherapist();
		UUID first = created(therapistAccount(therapistId));
		change(first, Map.of("role", "ADMIN")).expectStatus().isOk();
		created(therapistAccount(therapistId));
		change(first, Map.of("role", "THERAPIST")).expectStatus().isEqualTo(409);
	}

	@Test
	void postgresHoldsOneActiveTherapistAccountPerTherapist() {
		UUID therapistId = staff.newTherapist().therapistId();
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> jdbc.sql("""
				insert into staff_account (id, username, password_hash, role, therapist_id, created_at)
				values (gen_random_uuid(), :username, 'x', 'THERAPIST', :therapistId, now())
				""").param("username", "t-" + UUID.randomUUID()).param("therapistId", therapistId).update())
			.satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex))
				.contains("staff_account_one_active_per_therapist"));
	}

	private static Map<String, Object> therapistAccount(UUID therapistId) {
		return Map.of("username", "t-" + UUID.randomUUID(), "password", Staff.PASSWORD, "role", "THERAPIST",
				"therapistId", therapistId);
	}

	private UUID created(Map<String, Object> body) {
		return UUID.fromString(create(staff.admin(), body).expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString());
	}

	private UUID idOf(String username) {
		return jdbc.sql("select id from staff_account where username = :u")
			.param("u", username)
			.query(UUID.class)
			.single();
	}

	private RestTestClient.ResponseSpec change(UUID id, Map<String, Object> change) {
		return staff.changeAccount(id, change);
	}

	private RestTestClient.ResponseSpec create(String token, Map<String, Object> body) {
		return http.post()
			.uri("/api/v1/users")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

}
