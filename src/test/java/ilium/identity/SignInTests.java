package ilium.identity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@HttpTest
class SignInTests {

	private static final String TEST_SECRET = "test-secret-that-is-long-enough-for-hs256";

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignInThrottle throttle;

	@Test
	void issuesABearerTokenForRightCredentials() {
		String username = staff.newAccount("FRONT_DESK", null);
		signIn(username, Staff.PASSWORD).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.tokenType")
			.isEqualTo("Bearer")
			.jsonPath("$.role")
			.isEqualTo("FRONT_DESK")
			.jsonPath("$.expiresIn")
			.isEqualTo(3600)
			.jsonPath("$.userId")
			.isNotEmpty()
			.jsonPath("$.accessToken")
			.isNotEmpty();
	}

	@Test
	void answersUnknownUserAndWrongPasswordTheSame() {
		String username = staff.newAccount("FRONT_DESK", null);
		byte[] wrongPassword = signIn(username, "not-the-password-at-all").expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.returnResult()
			.getResponseBody();
		byte[] unknownUser = signIn("nobody-" + UUID.randomUUID(), "not-the-password-at-all").expectStatus()
			.isUnauthorized()
			.expectBody()
			.returnResult()
			.getResponseBody();
		assertThat(new String(unknownUser, StandardCharsets.UTF_8))
			.isEqualTo(new String(wrongPassword, StandardCharsets.UTF_8));
	}

	@Test
	void afterFiveFailuresAtAnAccountItsAddressIsHeldBackEvenWithTheRightPassword() {
		String username = staff.newAccount("FRONT_DESK", null);
		for (int attempt = 0; attempt < 5; attempt++) {
			signIn(username, "wrong-password-" + attempt).expectStatus().isUnauthorized();
		}
		signIn(username, Staff.PASSWORD).expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.value(HttpHeaders.RETRY_AFTER, seconds -> assertThat(Long.parseLong(seconds)).isBetween(890L, 900L))
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/too-many-logins");
	}

	@Test
	void fourFailuresDoNotThrottle() {
		String username = staff.newAccount("FRONT_DESK", null);
		for (int attempt = 0; attempt < 4; attempt++) {
			signIn(username, "wrong-password-" + attempt).expectStatus().isUnauthorized();
		}
		signIn(username, Staff.PASSWORD).expectStatus().isOk();
	}

	@Test
	void aRightPasswordForgetsTheAddressesEarlierFailures() {
		String username = staff.newAccount("FRONT_DESK", null);
		for (int attempt = 0; attempt < 4; attempt++) {
			signIn(username, "wrong-password-" + attempt).expectStatus().isUnauthorized();
		}
		signIn(username, Staff.PASSWORD).expectStatus().isOk();
		signIn(username, "wrong-password-5").expectStatus().isUnauthorized();
		signIn(username, Staff.PASSWORD).expectStatus().isOk();
	}

	@Test
	void anAdminUnlockLetsTheHeldBackAddressTryAgain() {
		String username = staff.newAccount("FRONT_DESK", null);
		for (int attempt = 0; attempt < 5; attempt++) {
			signIn(username, "wrong-password-" + attempt).expectStatus().isUnauthorized();
		}
		signIn(username, Staff.PASSWORD).expectStatus().isEqualTo(429);
		change(userIdOf(username), Map.of("unlock", true)).expectStatus().isOk();
		signIn(username, Staff.PASSWORD).expectStatus().isOk();
	}

	@Test
	void anUnrelatedAccountChangeDoesNotForgetFailedAttempts() {
		String username = staff.newAccount("FRONT_DESK", null);
		for (int attempt = 0; attempt < 4; attempt++) {
			signIn(username, "wrong-password-" + attempt).expectStatus().isUnauthorized();
		}
		change(userIdOf(username), Map.of("role", "FRONT_DESK")).expectStatus().isOk();
		signIn(username, "wrong-password-5").expectStatus().isUnauthorized();
		signIn(username, Staff.PASSWORD).expectStatus().isEqualTo(429);
	}

	@Test
	void anUnknownUsernameIsHeldBackLikeARealOne() {
		String username = "nobody-" + UUID.randomUUID();
		for (int attempt = 0; attempt < 5; attempt++) {
			signIn(username, "wrong-password-" + attempt).expectStatus().isUnauthorized();
		}
		signIn(username, "wrong-password-6").expectStatus().isEqualTo(429);
	}

	@Test
	void forgetsFailuresNoRuleLooksAtAnyMore() {
		String old = "old-" + UUID.randomUUID();
		String recent = "recent-" + UUID.randomUUID();
		jdbc.sql("""
				insert into sign_in_failure (at, address, username)
				values (now() - interval '2 hours', '192.0.2.1', :old), (now(), '192.0.2.1', :recent)
				""").param("old", old).param("recent", recent).update();
		throttle.forgetOldFailures();
		assertThat(jdbc.sql("select username from sign_in_failure where username in (:old, :recent)")
			.param("old", old)
			.param("recent", recent)
			.query(String.class)
			.list()).containsExactly(recent);
	}

	@Test
	void refusesATokenWithoutExpiry() {
		UUID adminId = userIdOfAdmin();
		long generation = generationOf(adminId);
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.issuer("ilium")
			.subject(adminId.toString())
			.issuedAt(Instant.now().minusSeconds(5))
			.claim("role", "ADMIN")
			.claim("gen", generation);
		me(sign(TEST_SECRET, claims.build())).expectStatus().isUnauthorized();
		me(sign(TEST_SECRET, claims.expiresAt(Instant.now().plusSeconds(600)).build())).expectStatus().isOk();
	}

	@Test
	void aNewPasswordEndsEveryEarlierToken() {
		String username = staff.newAccount("FRONT_DESK", null);
		String token = staff.token(username, Staff.PASSWORD);
		change(userIdOf(username), Map.of("password", "a-reset-password-for-the-desk")).expectStatus().isOk();
		me(token).expectStatus().isUnauthorized();
		me(staff.token(username, "a-reset-password-for-the-desk")).expectStatus().isOk();
	}

	@Test
	void aNewRoleEndsEveryEarlierToken() {
		String username = staff.newAccount("FRONT_DESK", null);
		String token = staff.token(username, Staff.PASSWORD);
		change(userIdOf(username), Map.of("role", "ADMIN")).expectStatus().isOk();
		me(token).expectStatus().isUnauthorized();
		me(staff.token(username, Staff.PASSWORD)).expectStatus().isOk();
	}

	@Test
	void aDeactivationEndsEveryEarlierTokenEvenOnceTheAccountIsActiveAgain() {
		String username = staff.newAccount("FRONT_DESK", null);
		String token = staff.token(username, Staff.PASSWORD);
		UUID id = userIdOf(username);
		change(id, Map.of("active", false)).expectStatus().isOk();
		change(id, Map.of("active", true)).expectStatus().isOk();
		me(token).expectStatus().isUnauthorized();
		me(staff.token(username, Staff.PASSWORD)).expectStatus().isOk();
	}

	@Test
	void aChangeThatChangesNothingKeepsTheTokens() {
		String username = staff.newAccount("FRONT_DESK", null);
		String token = staff.token(username, Staff.PASSWORD);
		change(userIdOf(username), Map.of("role", "FRONT_DESK", "active", true, "unlock", true)).expectStatus().isOk();
		me(token).expectStatus().isOk();
	}

	@Test
	void refusesATokenWithoutATokenGeneration() {
		UUID adminId = userIdOfAdmin();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer("ilium")
			.subject(adminId.toString())
			.issuedAt(Instant.now().minusSeconds(5))
			.expiresAt(Instant.now().plusSeconds(600))
			.claim("role", "ADMIN")
			.build();
		me(sign(TEST_SECRET, claims)).expectStatus().isUnauthorized();
	}

	@Test
	void signsInAgainWhileStillSendingAnExpiredToken() {
		String username = staff.newAccount("FRONT_DESK", null);
		String expired = sign(TEST_SECRET, Instant.now().minusSeconds(600));
		http.post()
			.uri("/api/v1/auth/token")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + expired)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", username, "password", Staff.PASSWORD))
			.exchange()
			.expectStatus()
			.isOk();
		http.get()
			.uri("/actuator/health/liveness")
			.header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token")
			.exchange()
			.expectStatus()
			.isOk();
		me(expired).expectStatus().isUnauthorized();
	}

	@Test
	void refusesTheTokenOfADeactivatedAccountOnItsNextRequest() {
		String username = staff.newAccount("FRONT_DESK", null);
		String token = staff.token(username, Staff.PASSWORD);
		me(token).expectStatus().isOk();
		http.patch()
			.uri("/api/v1/users/{id}", userId(username))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("active", false))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.active")
			.isEqualTo(false);
		me(token).expectStatus().isUnauthorized();
		signIn(username, Staff.PASSWORD).expectStatus().isUnauthorized();
	}

	@Test
	void refusesRequestsWithoutAToken() {
		http.get()
			.uri("/api/v1/users/me")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/unauthorized")
			.jsonPath("$.status")
			.isEqualTo(401)
			.jsonPath("$.title")
			.isNotEmpty()
			.jsonPath("$.detail")
			.isNotEmpty();
	}

	@Test
	void refusesATokenSignedWithAnotherKey() {
		String forged = sign("another-secret-that-is-also-long-enough!!", Instant.now().plusSeconds(600));
		me(forged).expectStatus().isUnauthorized().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void refusesAnExpiredToken() {
		String expired = sign(TEST_SECRET, Instant.now().minusSeconds(600));
		me(expired).expectStatus().isUnauthorized();
		String justExpired = sign(TEST_SECRET, Instant.now().minusSeconds(5));
		me(justExpired).expectStatus().isUnauthorized();
	}

	/**
	 * Verified tokens are remembered ({@code VerifiedTokens}), but only until their
	 * {@code exp}: a token that worked a moment ago is refused once it has expired.
	 */
	@Test
	void refusesATokenThatWorkedOnceItExpires() {
		Instant expiresAt = Instant.now().plusSeconds(2);
		String shortLived = sign(TEST_SECRET, expiresAt);
		me(shortLived).expectStatus().isOk();
		me(shortLived).expectStatus().isOk();
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> Instant.now().isAfter(expiresAt));
		me(shortLived).expectStatus().isUnauthorized();
	}

	@Test
	void refusesAnUnsignedToken() {
		String realToken = staff.admin();
		String payload = realToken.split("\\.")[1];
		String header = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		me(header + "." + payload + ".").expectStatus().isUnauthorized();
	}

	private String sign(String secret, Instant expiresAt) {
		UUID adminId = userIdOfAdmin();
		return sign(secret,
				JwtClaimsSet.builder()
					.issuer("ilium")
					.subject(adminId.toString())
					.issuedAt(expiresAt.minusSeconds(3600))
					.expiresAt(expiresAt)
					.claim("role", "ADMIN")
					.claim("gen", generationOf(adminId))
					.build());
	}

	private static String sign(String secret, JwtClaimsSet claims) {
		var encoder = NimbusJwtEncoder
			.withSecretKey(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
			.algorithm(MacAlgorithm.HS256)
			.build();
		return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
	}

	private long generationOf(UUID id) {
		return jdbc.sql("select token_generation from staff_account where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private RestTestClient.ResponseSpec change(UUID id, Map<String, Object> change) {
		return staff.changeAccount(id, change);
	}

	private UUID userIdOfAdmin() {
		return UUID.fromString(me(staff.admin()).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString());
	}

	/**
	 * Without signing in: a good sign-in would itself reset the failure count under test.
	 */
	private UUID userIdOf(String username) {
		return jdbc.sql("select id from staff_account where username = :u")
			.param("u", username)
			.query(UUID.class)
			.single();
	}

	private UUID userId(String username) {
		return UUID.fromString(me(staff.token(username, Staff.PASSWORD)).expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString());
	}

	private RestTestClient.ResponseSpec me(String token) {
		return http.get().uri("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

	private RestTestClient.ResponseSpec signIn(String username, String password) {
		return http.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", username, "password", password))
			.exchange();
	}

}
