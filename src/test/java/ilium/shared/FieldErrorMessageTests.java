package ilium.shared;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A field of the wrong JSON type is refused saying what the field must be, in the
 * clinic's words, without repeating the value sent; and the invalid fields of a body are
 * listed in the order its record declares them, the same order every time.
 */
@HttpTest
class FieldErrorMessageTests {

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "start|\"Tuesday-Secret\"|must be a date and time like 2027-01-31T09:30:00Z",
			"durationMinutes|\"thirty-Secret\"|must be a whole number", "durationMinutes|7.5|must be a whole number",
			"type|\"WALK_IN_Secret\"|must be one of INITIAL_EVALUATION, FOLLOW_UP, RE_EVALUATION, DISCHARGE",
			"patientId|\"not-an-id-Secret\"|must be an id like 3f2b8c1e-5d4a-4b6f-9e0a-1c2d3e4f5a6b",
			"patientId|[\"Secret\"]|must be an id like 3f2b8c1e-5d4a-4b6f-9e0a-1c2d3e4f5a6b",
			"note|{\"text\":\"Secret\"}|must be text" })
	void aBookingFieldOfTheWrongTypeSaysWhatItMustBe(String field, String json, String message) {
		String body = """
				{"patientId":"%s","therapistId":"%s","start":"2027-03-01T09:00:00Z","durationMinutes":30,
				 "type":"FOLLOW_UP","note":"Fine"}""".formatted(UUID.randomUUID(), UUID.randomUUID())
			.replaceFirst("\"" + field + "\":(\"[^\"]*\"|\\d+)", "\"" + field + "\":" + json.replace("$", "\\$"));
		JsonNode problem = refused("/api/v1/appointments", body);
		assertThat(problem.get("errors")).hasSize(1);
		assertThat(problem.at("/errors/0/field").asString()).isEqualTo(field);
		assertThat(problem.at("/errors/0/message").asString()).isEqualTo(message);
		assertThat(problem.toString()).doesNotContain("Secret").doesNotContain("7.5");
	}

	@Test
	void aDateOfBirthNotLikeADateSaysHowADateLooks() {
		JsonNode problem = refused("/api/v1/patients", """
				{"firstName":"Ana","lastName":"Date","dateOfBirth":"31/01/1980"}""");
		assertThat(problem.at("/errors/0/field").asString()).isEqualTo("dateOfBirth");
		assertThat(problem.at("/errors/0/message").asString()).isEqualTo("must be a date like 2027-01-31");
		assertThat(problem.toString()).doesNotContain("31/01/1980");
	}

	@Test
	void aListGivenOneValueSaysItMustBeAList() {
		JsonNode problem = refused("/api/v1/appointments/series", """
				{"patientId":"%s","therapistId":"%s","firstStart":"2027-03-01T17:00:00Z","durationMinutes":30,
				 "type":"FOLLOW_UP","weekdays":"MONDAY","occurrences":2}""".formatted(UUID.randomUUID(),
				UUID.randomUUID()));
		assertThat(problem.at("/errors/0/field").asString()).isEqualTo("weekdays");
		assertThat(problem.at("/errors/0/message").asString()).isEqualTo("must be a list");
	}

	@Test
	void invalidFieldsComeInTheOrderTheBodyDeclaresThem() {
		String tooLong = "x".repeat(201);
		String body = """
				{"firstName":"","lastName":" ","dateOfBirth":"2099-01-01","phone":"%1$s","email":"not-an-email",
				 "addressLine":"%1$s","city":"%1$s","postalCode":"%1$s","emergencyContactName":"%1$s",
				 "emergencyContactPhone":"%1$s"}""".formatted(tooLong);
		List<String> declared = List.of("firstName", "lastName", "dateOfBirth", "phone", "email", "addressLine", "city",
				"postalCode", "emergencyContactName", "emergencyContactPhone");
		for (int attempt = 0; attempt < 3; attempt++) {
			JsonNode problem = refused("/api/v1/patients", body);
			assertThat(problem.get("errors").valueStream().map(error -> error.get("field").asString()).toList())
				.isEqualTo(declared);
		}
	}

	private JsonNode refused(String uri, String json) {
		return http.post()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

}
