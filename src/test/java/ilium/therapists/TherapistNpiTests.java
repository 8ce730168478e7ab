package ilium.therapists;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;
import ilium.shared.DatabaseConstraint;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A therapist's optional NPI (EPISODE.md): valid by its check digit, like every NPI the
 * service takes, and held by one therapist only.
 */
@HttpTest
public class TherapistNpiTests {

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	/**
	 * A fresh valid NPI: nine random digits and their check digit (Luhn over 80840 and
	 * the nine digits).
	 */
	public static String newNpi() {
		String nine = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L));
		String digits = "80840" + nine;
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			int weighted = i % 2 == 0 ? digit * 2 : digit;
			sum += weighted > 9 ? weighted - 9 : weighted;
		}
		return nine + (10 - sum % 10) % 10;
	}

	@Test
	void anAdminRecordsATherapistsNpiAndEveryReadShowsIt() {
		String npi = newNpi();
		JsonNode created = register(npi).expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(created.get("npi").asString()).isEqualTo(npi);
		http.get()
			.uri("/api/v1/therapists/{id}", created.get("id").asString())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.frontDesk())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.npi")
			.isEqualTo(npi);
	}

	@Test
	void theNpiIsOptional() {
		register(null).expectStatus().isCreated().expectBody().jsonPath("$.npi").isEmpty();
	}

	@Test
	void refusesAnNpiThatIsNotTenDigitsWithItsCheckDigit() {
		// 1234567893 is valid (CMS's example); 1234567890 only fails its check digit.
		String[][] cases = { { "1234567890", "is not a valid NPI (its check digit does not match)" },
				{ "123456789", "must be 10 digits" }, { "12345678a3", "must be 10 digits" } };
		for (String[] wrong : cases) {
			register(wrong[0]).expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("npi")
				.jsonPath("$.errors[0].message")
				.isEqualTo(wrong[1]);
		}
	}

	@Test
	void twoTherapistsNeverShareAnNpi() {
		String npi = newNpi();
		register(npi).expectStatus().isCreated();
		register(npi).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/duplicate-npi");
		UUID other = staff.newTherapist().therapistId();
		patch(other, "{\"npi\":\"" + npi + "\"}").expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/duplicate-npi");
	}

	@Test
	void aPatchSetsChecksAndClearsTheNpi() {
		UUID id = staff.newTherapist().therapistId();
		String npi = newNpi();
		patch(id, "{\"npi\":\"" + npi + "\"}").expectStatus().isOk().expectBody().jsonPath("$.npi").isEqualTo(npi);
		patch(id, "{\"npi\":\"1234567890\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("npi");
		patch(id, "{\"npi\":null}").expectStatus().isOk().expectBody().jsonPath("$.npi").isEmpty();
	}

	@Test
	void theDatabaseRefusesAnInvalidNpi() {
		UUID id = staff.newTherapist().therapistId();
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(
					() -> jdbc.sql("update therapist set npi = '1234567890' where id = :id").param("id", id).update())
			.satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex)).contains("therapist_npi_valid"));
	}

	private RestTestClient.ResponseSpec register(String npi) {
		Map<String, Object> body = new HashMap<>(
				Map.of("firstName", "Nina", "lastName", "Park", "licenseNumber", "PT-" + UUID.randomUUID()));
		body.put("npi", npi);
		return http.post()
			.uri("/api/v1/therapists")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	private RestTestClient.ResponseSpec patch(UUID id, String json) {
		return http.patch()
			.uri("/api/v1/therapists/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.contentType(MediaType.valueOf("application/merge-patch+json"))
			.body(json)
			.exchange();
	}

}
