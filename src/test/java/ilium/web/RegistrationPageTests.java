package ilium.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ilium.HttpTest;
import ilium.Staff;
import ilium.patients.Patients;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WEB.md, Routes: registering a patient at {@code /app/patients/new} through the API's
 * own registration: its duplicate guard shown with a link to the patient already there,
 * every refused field named next to it.
 */
@HttpTest
class RegistrationPageTests {

	@LocalServerPort
	int port;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	PageVisitor desk;

	String lastName;

	@BeforeEach
	void signIn() {
		desk = new PageVisitor(port);
		desk.signIn(staff.newAccount("FRONT_DESK", null), Staff.PASSWORD);
		lastName = "Register-" + UUID.randomUUID();
	}

	@Test
	void labelsEveryField() {
		HttpResponse<String> form = desk.get("/app/patients/new");

		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("<label for=\"firstName\">")
			.contains("<label for=\"lastName\">")
			.contains("<label for=\"dateOfBirth\">")
			.contains("<label for=\"sex\">")
			.contains("<label for=\"email\">")
			.contains("<label for=\"emergencyContactPhone\">");
	}

	@Test
	void registersAPatientAndOpensTheRecord() {
		HttpResponse<String> registered = register(form("Ines", lastName, "1984-06-02"));

		assertThat(registered.statusCode()).isEqualTo(302);
		String record = registered.headers().firstValue("Location").orElseThrow();
		assertThat(record).matches(".*/app/patients/[0-9a-f-]{36}");
		assertThat(desk.get(record.substring(record.indexOf("/app/"))).body()).contains("Ines " + lastName)
			.contains("1984-06-02")
			.contains("ines@example.org");
	}

	@Test
	void showsTheDuplicateWithALinkToThePatientAlreadyRegistered() {
		UUID existing = new Patients(jdbc).newPatient("Ines", lastName, LocalDate.of(1984, 6, 2));

		HttpResponse<String> refused = register(form("ines", lastName.toUpperCase(), "1984-06-02"));

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("already registered")
			.contains("href=\"/app/patients/" + existing + "\"")
			.contains("value=\"" + lastName.toUpperCase() + "\"");
	}

	@Test
	void namesEachRefusedFieldNextToItAndKeepsWhatWasTyped() {
		Map<String, String> form = form(" ", lastName, LocalDate.now().plusDays(2).toString());
		form.put("email", "not an address");

		HttpResponse<String> refused = register(form);

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("aria-describedby=\"firstName-error\"")
			.containsPattern("id=\"firstName-error\">Required\\.<")
			.containsPattern("id=\"dateOfBirth-error\">Cannot be in the future\\.<")
			.containsPattern("id=\"email-error\">Not an email address\\.<")
			.contains("value=\"not an address\"")
			.doesNotContain("lastName-error");
	}

	@Test
	void saysWhenTheDateOfBirthIsBeforeWhatTheRegistryAccepts() {
		HttpResponse<String> refused = register(form("Ines", lastName, "1879-12-31"));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).containsPattern("id=\"dateOfBirth-error\">Must be on or after 1880-01-01\\.<");
	}

	private HttpResponse<String> register(Map<String, String> form) {
		desk.get("/app/patients/new");
		return desk.submit("/app/patients/new", form);
	}

	private static Map<String, String> form(String firstName, String lastName, String dateOfBirth) {
		Map<String, String> form = new HashMap<>();
		form.put("firstName", firstName);
		form.put("lastName", lastName);
		form.put("dateOfBirth", dateOfBirth);
		form.put("sex", "FEMALE");
		form.put("email", "ines@example.org");
		form.put("phone", "");
		return form;
	}

}
