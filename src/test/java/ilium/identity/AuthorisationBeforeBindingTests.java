package ilium.identity;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;
import ilium.patients.Patients;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md: every request is authorised before its body or parameters are read. A role that
 * may not use an endpoint gets 403 and a DENIED audit line, never a 400 that describes
 * the body, and whatever it put in the path is never stored as it came.
 */
@HttpTest
class AuthorisationBeforeBindingTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	@Test
	void theFrontDeskPostingABogusBodyToAClinicalEndpointIsRefusedBeforeTheBodyIsRead() {
		UUID patientId = UUID.randomUUID();
		String frontDesk = staff.frontDesk();
		http.post()
			.uri("/api/v1/patients/" + patientId + "/screenings")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + frontDesk)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("bogus", 1))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist();
		assertThat(deniedLinesFor(patientId)).isEqualTo(1);
	}

	@Test
	void aWrongRoleWithAMalformedQueryIsRefusedNotToldWhatIsWrong() {
		http.get()
			.uri("/api/v1/reports/clinic-summary?from=not-a-date")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.frontDesk())
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void aPercentEncodedIdIsAuditedInItsCanonicalForm() {
		UUID planId = UUID.randomUUID();
		StringBuilder encoded = new StringBuilder();
		for (char c : planId.toString().toUpperCase().toCharArray()) {
			encoded.append('%').append(String.format("%02X", (int) c));
		}
		assertThat(encoded).hasSize(108);
		http.get()
			.uri(URI.create("/api/v1/treatment-plans/" + encoded))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.frontDesk())
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(jdbc.sql("select count(*) from audit_event where resource_id = :id and outcome = 'DENIED'")
			.param("id", planId.toString())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(
				jdbc.sql("select count(*) from audit_event where length(resource_id) > 36").query(Long.class).single())
			.isZero();
	}

	@Test
	void aRefusalIsRecordedInTheWordsOfTheActItWouldHaveBeen() {
		UUID patientId = new Patients(jdbc).newPatient();
		String frontDesk = staff.frontDesk();
		for (String path : new String[] { "/screenings", "/outcomes/summary" }) {
			http.get()
				.uri("/api/v1/patients/" + patientId + path)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + frontDesk)
				.exchange()
				.expectStatus()
				.isForbidden();
		}
		http.post()
			.uri("/api/v1/patients/" + patientId + "/screenings/" + UUID.randomUUID() + "/clearance")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + frontDesk)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of())
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(jdbc.sql("""
				select action || ' ' || resource_type from audit_event
				 where patient_id = :id and outcome = 'DENIED' order by id
				""").param("id", patientId).query(String.class).list()).containsExactly("READ screening",
				"READ outcome-measure", "CLEAR screening");
	}

	/**
	 * Verdicts of role-only rules are kept by endpoint and authorities: one role's
	 * verdict never answers for another, whichever asked first.
	 */
	@Test
	void eachRoleKeepsItsOwnVerdictOnTheSameEndpoint() {
		UUID patientId = UUID.randomUUID();
		String frontDesk = staff.frontDesk();
		String therapist = staff.newTherapist().token();
		for (int round = 0; round < 2; round++) {
			screeningWithABogusBody(patientId, therapist).expectStatus().isBadRequest();
			screeningWithABogusBody(patientId, frontDesk).expectStatus().isForbidden();
		}
		assertThat(deniedLinesFor(patientId)).isEqualTo(2);
	}

	@Test
	void knowsARuleThatNamesOnlyRoles() {
		assertThat(RoleCheckBeforeBinding.ROLES_ONLY.matcher("hasRole('THERAPIST')").matches()).isTrue();
		assertThat(
				RoleCheckBeforeBinding.ROLES_ONLY.matcher("hasAnyRole('FRONT_DESK', 'THERAPIST', 'ADMIN')").matches())
			.isTrue();
		assertThat(RoleCheckBeforeBinding.ROLES_ONLY.matcher("hasRole('ADMIN') or #id == principal.id").matches())
			.isFalse();
		assertThat(RoleCheckBeforeBinding.ROLES_ONLY.matcher("isAuthenticated()").matches()).isFalse();
	}

	private RestTestClient.ResponseSpec screeningWithABogusBody(UUID patientId, String token) {
		return http.post()
			.uri("/api/v1/patients/" + patientId + "/screenings")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("bogus", 1))
			.exchange();
	}

	private long deniedLinesFor(UUID patientId) {
		return jdbc.sql("select count(*) from audit_event where patient_id = :id and outcome = 'DENIED'")
			.param("id", patientId)
			.query(Long.class)
			.single();
	}

}
