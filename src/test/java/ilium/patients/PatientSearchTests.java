package ilium.patients;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@HttpTest
class PatientSearchTests {

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	String token;

	String tag;

	@BeforeEach
	void signIn() {
		token = staff.newTherapist().token();
		tag = UUID.randomUUID().toString().substring(0, 8).replace('-', 'x');
	}

	@Test
	void findsAnyPartOfANameIgnoringAccentsAndCase() {
		UUID id = register("José" + tag, "Núñez", "1961-02-03", null);
		assertThat(search("jose" + tag)).contains(id.toString());
		assertThat(search("NUNE")).contains(id.toString());
		assertThat(search(tag.toUpperCase())).contains(id.toString());
	}

	@Test
	void findsAFullNameTypedLastNameFirst() {
		UUID id = register("Zoë" + tag, "Ölander", "1971-02-03", null);
		assertThat(search("olander zoe" + tag)).contains(id.toString());
		assertThat(search("zoe" + tag + " olander")).contains(id.toString());
	}

	@Test
	void findsByPhoneDigitsWhateverThePunctuation() {
		String digits = String
			.valueOf(100_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 800_000_000L));
		UUID id = register("Phone" + tag, "Owner", "1990-01-01",
				"+1 (" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6));
		assertThat(search(digits.substring(0, 3) + "-" + digits.substring(3))).contains(id.toString());
	}

	@Test
	void findsByDateOfBirth() {
		UUID id = register("Born" + tag, "Early", "1931-07-" + (10 + (tag.hashCode() & 15)), null);
		String dob = "1931-07-" + (10 + (tag.hashCode() & 15));
		assertThat(search(dob)).contains(id.toString());
	}

	@Test
	void treatsLikeWildcardsAsPlainCharacters() {
		register("Percent" + tag, "Sign", "1980-01-01", null);
		JsonNode page = page("%" + tag, 0, 20);
		assertThat(page.get("page").get("totalElements").asLong()).isZero();
	}

	@Test
	void pagesTheResults() {
		for (int i = 0; i < 3; i++) {
			register("Paged" + tag + i, "Many", "1980-01-01", null);
		}
		JsonNode second = page("paged" + tag, 1, 2);
		assertThat(second.get("content")).hasSize(1);
		assertThat(second.get("page").get("totalElements").asLong()).isEqualTo(3);
		assertThat(second.get("page").get("totalPages").asLong()).isEqualTo(2);
		JsonNode beyond = page("paged" + tag, 5, 2);
		assertThat(beyond.get("content")).isEmpty();
		assertThat(beyond.get("page").get("totalElements").asLong()).isEqualTo(3);
	}

	@Test
	void auditsEveryPatientASearchReturns() {
		UUID id = register("Audited" + tag, "Found", "1980-01-01", null);
		search("audited" + tag);
		assertThat(jdbc.sql("select count(*) from audit_event where patient_id = :id and action = 'SEARCH'")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void leavesArchivedPatientsOutUnlessAsked() {
		UUID id = register("Archived" + tag, "Gone", "1980-01-01", null);
		http.delete()
			.uri("/api/v1/patients/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(search("archived" + tag)).doesNotContain(id.toString());
		assertThat(http.get()
			.uri("/api/v1/patients?q={q}&includeArchived=true", "archived" + tag)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()).contains(id.toString());
	}

	@Test
	void refusesAPageLargerThanTwoHundred() {
		http.get()
			.uri("/api/v1/patients?q=x&size=201")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

	@Test
	void refusesANulCharacterInTheSearchNamingTheParameter() {
		http.get()
			.uri(builder -> builder.path("/api/v1/patients").queryParam("q", "{q}").build("ab\u0000c"))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("q");
	}

	private String search(String q) {
		return page(q, 0, 200).get("content").toString();
	}

	private JsonNode page(String q, int page, int size) {
		return http.get()
			.uri(builder -> builder.path("/api/v1/patients")
				.queryParam("q", "{q}")
				.queryParam("page", page)
				.queryParam("size", size)
				.build(q))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private UUID register(String first, String last, String dateOfBirth, String phone) {
		Map<String, Object> body = new java.util.HashMap<>(
				Map.of("firstName", first, "lastName", last, "dateOfBirth", dateOfBirth));
		if (phone != null) {
			body.put("phone", phone);
		}
		return UUID.fromString(http.post()
			.uri("/api/v1/patients")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
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

}
