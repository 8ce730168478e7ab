package ilium.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;
import ilium.therapists.Therapists;
import ilium.treatment.ClinicalFixtures;
import tools.jackson.databind.JsonNode;

import static ilium.treatment.ClinicalFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * WEB.md: the printable home-exercise handout is the API's home program of the same day,
 * read back from the PDF: every exercise with the dose in force that day, the belt advice
 * and the education topics, under the patient's name; and a dose changed later is not
 * printed for an earlier day.
 */
@HttpTest
class HandoutTests {

	@LocalServerPort
	int port;

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	ClinicalFixtures clinical;

	String token;

	UUID patient;

	UUID plan;

	PageVisitor therapistPages;

	@BeforeEach
	void planWithAHomeProgram() {
		clinical = new ClinicalFixtures(http, jdbc);
		UUID therapist = new Therapists(jdbc).newTherapist();
		String username = staff.newAccount("THERAPIST", therapist);
		token = staff.token(username, Staff.PASSWORD);
		patient = clinical.newPatient();
		plan = clinical.planActiveSince(patient, therapist, today().minusDays(7));
		clinical.prescribedOn(plan, ClinicalFixtures.BACK_BRIDGE, today().minusDays(7));
		clinical.prescribedOn(plan, ClinicalFixtures.HIP_ABDUCTOR_STRETCH, today().minusDays(7));
		clinical.put(token, "/api/v1/treatment-plans/" + plan + "/belt-advice",
				Map.of("recommended", true, "reason", "HYPERMOBILITY", "wearingInstructions",
						"Wear it low around the hips when walking", "reviewAfterWeeks", 6))
			.expectStatus()
			.isOk();
		clinical
			.put(token, "/api/v1/treatment-plans/" + plan + "/education",
					Map.of("topics", java.util.List.of("LIFTING_AND_CARRYING", "SLEEP_POSITION")))
			.expectStatus()
			.isOk();
		therapistPages = new PageVisitor(port);
		therapistPages.signIn(username, Staff.PASSWORD);
	}

	@Test
	void printsTheApisHomeProgramOfTheDay() throws Exception {
		JsonNode program = homeProgram(today());
		HttpResponse<byte[]> pdf = handout(today());

		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(c -> assertThat(c).contains("no-store"));
		String text = text(pdf.body());
		JsonNode who = clinical.get(token, "/api/v1/patients/" + patient)
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		String name = who.get("firstName").asString() + " " + who.get("lastName").asString();
		assertThat(text).contains(name);
		assertThat(program.get("exercises").size()).isEqualTo(2);
		for (JsonNode exercise : program.get("exercises")) {
			assertThat(text).contains(exercise.get("name").asString())
				.contains(count(exercise, "sets", "set") + " of " + count(exercise, "reps", "repetition") + ", hold "
						+ count(exercise, "holdSeconds", "second"))
				.contains((exercise.get("timesPerDay").asInt() == 1 ? "Once"
						: exercise.get("timesPerDay").asInt() + " times") + " a day, "
						+ count(exercise, "daysPerWeek", "day") + " a week")
				// The instructions say how to move; the dose above is the only one
				// printed.
				.doesNotContainPattern("Hold \\d+(-\\d+)? seconds; \\d+");
		}
		assertThat(text).contains("Wear the sacroiliac belt (Hypermobility).")
			.contains("Wear it low around the hips when walking")
			.contains("Lifting and carrying, Sleep position");
	}

	@Test
	void aDoseChangedTodayIsNotPrintedForYesterday() throws Exception {
		JsonNode yesterday = homeProgram(today().minusDays(1)).get("exercises").get(0);
		String prescription = yesterday.get("prescriptionId").asString();
		int newSets = yesterday.get("sets").asInt() == 9 ? 8 : 9;
		clinical
			.patch(token, "/api/v1/treatment-plans/" + plan + "/prescriptions/" + prescription,
					Map.of("sets", newSets, "reps", 33))
			.expectStatus()
			.isOk();

		String before = text(handout(today().minusDays(1)).body());
		String now = text(handout(today()).body());

		assertThat(before).contains(count(yesterday, "sets", "set") + " of " + count(yesterday, "reps", "repetition"))
			.doesNotContain(newSets + " sets of 33");
		assertThat(now).contains(newSets + " sets of 33");
	}

	@Test
	void isReadLikeTheApisHomeProgram() throws Exception {
		long before = clinical.auditCount(patient, "home-program", "ALLOWED");

		handout(today());

		assertThat(clinical.auditCount(patient, "home-program", "ALLOWED")).isEqualTo(before + 1);
	}

	@Test
	void isNotForTheFrontDesk() throws Exception {
		PageVisitor desk = new PageVisitor(port);
		desk.signIn(staff.newAccount("FRONT_DESK", null), Staff.PASSWORD);

		HttpResponse<String> refused = desk.get("/app/plans/" + plan + "/handout.pdf");

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).doesNotContain("%PDF");
	}

	private JsonNode homeProgram(LocalDate on) {
		return clinical.get(token, "/api/v1/treatment-plans/" + plan + "/home-program?on=" + on)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private HttpResponse<byte[]> handout(LocalDate on) throws IOException, InterruptedException {
		String session = therapistPages.session().orElseThrow();
		return HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/app/plans/" + plan + "/handout.pdf?on=" + on))
				.header("Cookie", "ILIUM_SESSION=" + session)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** A dose field as the handout prints it: "1 set", "3 sets". */
	private static String count(JsonNode exercise, String field, String noun) {
		int number = exercise.get(field).asInt();
		return number + " " + (number == 1 ? noun : noun + "s");
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
