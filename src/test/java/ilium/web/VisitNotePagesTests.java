package ilium.web;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;
import ilium.scheduling.Appointments;
import ilium.therapists.Therapists;
import ilium.treatment.ClinicalFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WEB.md, the chart's visit notes: a therapist writes a draft from the page through the
 * API's own call, signs it, and adds addenda once it is signed; each refusal of the
 * domain is said on the page and changes nothing, and the other roles are refused.
 */
@HttpTest
class VisitNotePagesTests {

	private static final Pattern NOTE = Pattern.compile("/app/notes/([0-9a-f-]{36})$");

	@LocalServerPort
	int port;

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	UUID therapist;

	String token;

	PageVisitor pages;

	UUID patient;

	UUID visit;

	ClinicalFixtures clinical;

	@BeforeEach
	void aCheckedInVisit() {
		therapist = new Therapists(jdbc).newTherapist();
		String username = staff.newAccount("THERAPIST", therapist);
		token = staff.token(username, Staff.PASSWORD);
		pages = new PageVisitor(port);
		pages.signIn(username, Staff.PASSWORD);
		clinical = new ClinicalFixtures(http, jdbc);
		patient = clinical.newPatient();
		visit = new Appointments(jdbc).checkedIn(patient, therapist, "FOLLOW_UP",
				Instant.now().truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.HOURS));
	}

	@Test
	void aDraftWrittenOnThePageIsTheApisNote() {
		UUID plan = clinical.activePlan(patient, therapist);
		HttpResponse<String> form = pages.get("/app/patients/" + patient + "/notes/new");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("value=\"" + visit + "\"")
			.contains("value=\"" + plan + "\"")
			.contains("<option value=\"97110\">97110 (timed)</option>")
			.contains("<label for=\"subjective\">");

		UUID noteId = drafted(Map.of("treatmentPlanId", plan.toString(), "serviceCpt", "97110", "serviceMinutes", "23",
				"totalTreatmentMinutes", "30", "exerciseName", "Back bridge", "exerciseSets", "2", "exerciseReps",
				"10"));

		String note = api("/api/v1/appointments/" + visit + "/visit-note");
		assertThat(note).contains("\"id\":\"" + noteId + "\"")
			.contains("\"subjective\":\"Pain eased after the belt\"")
			.contains("\"painBefore\":6")
			.contains("\"cpt\":\"97110\"")
			.contains("\"minutes\":23")
			.contains("\"name\":\"Back bridge\"")
			.contains("\"treatmentPlanId\":\"" + plan + "\"")
			.contains("\"status\":\"DRAFT\"");
		assertThat(pages.get("/app/notes/" + noteId).body()).contains("Sign the note")
			.contains("Pain eased after the belt");
	}

	@Test
	void aSignedNoteIsReadOnlyAndAnEditIsRefusedInWords() {
		UUID noteId = drafted(Map.of());
		pages.get("/app/notes/" + noteId);
		HttpResponse<String> signed = pages.submit("/app/notes/" + noteId + "/sign", Map.of("version", "0"));
		assertThat(signed.statusCode()).isEqualTo(302);
		String shown = pages.get("/app/notes/" + noteId).body();
		assertThat(shown).contains("The note is signed.").contains("Add an addendum").doesNotContain("Sign the note");

		HttpResponse<String> edit = pages.submit("/app/notes/" + noteId,
				Map.of("version", "1", "subjective", "Rewritten after signing"));

		assertThat(edit.statusCode()).isEqualTo(409);
		assertThat(edit.body()).contains("id=\"refusal\"").contains("Nothing was changed.");
		assertThat(api("/api/v1/visit-notes/" + noteId)).contains("\"status\":\"SIGNED\"")
			.contains("\"subjective\":\"Pain eased after the belt\"")
			.doesNotContain("Rewritten after signing");
	}

	@Test
	void anAddendumIsAddedToASignedNote() {
		UUID noteId = drafted(Map.of());
		pages.get("/app/notes/" + noteId);
		pages.submit("/app/notes/" + noteId + "/sign", Map.of("version", "0"));
		pages.get("/app/notes/" + noteId);

		HttpResponse<String> blank = pages.submit("/app/notes/" + noteId + "/addenda", Map.of("text", " "));
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(blank.body()).contains("id=\"text-error\"");
		HttpResponse<String> added = pages.submit("/app/notes/" + noteId + "/addenda",
				Map.of("text", "Late entry: the patient also reported less night pain."));

		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(api("/api/v1/visit-notes/" + noteId))
			.contains("\"text\":\"Late entry: the patient also reported less night pain.\"");
		assertThat(pages.get("/app/notes/" + noteId).body())
			.contains("Late entry: the patient also reported less night pain.");
	}

	@Test
	void theRedFlagGateRefusesTimedServicesInWordsAndNothingIsWritten() {
		clinical.screen(token, patient, "saddleAnesthesia");
		pages.get("/app/patients/" + patient + "/notes/new");

		HttpResponse<String> refused = pages.submit("/app/patients/" + patient + "/notes/new",
				fields(Map.of("serviceCpt", "97110", "serviceMinutes", "20")));

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"refusal\"").contains("Nothing was changed.");
		assertThat(notesOfTheVisit()).isZero();
	}

	@Test
	void aFieldTheApiRefusesIsNamedNextToIt() {
		pages.get("/app/patients/" + patient + "/notes/new");

		HttpResponse<String> refused = pages.submit("/app/patients/" + patient + "/notes/new",
				fields(Map.of("painBefore", "11", "serviceCpt", "97110")));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"painBefore-error\"")
			.contains("aria-describedby=\"painBefore-error\"")
			.contains("value=\"11\"");
		assertThat(notesOfTheVisit()).isZero();
	}

	@Test
	void aSignatureTheNoteIsNotReadyForNamesWhatIsMissing() {
		UUID noteId = drafted(Map.of("plan", ""));
		pages.get("/app/notes/" + noteId);

		HttpResponse<String> refused = pages.submit("/app/notes/" + noteId + "/sign", Map.of("version", "0"));

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"plan-error\"").contains("Needed before the note is signed.");
		assertThat(api("/api/v1/visit-notes/" + noteId)).contains("\"status\":\"DRAFT\"");
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefused() {
		pages.get("/app/patients/" + patient + "/notes/new");

		HttpResponse<String> forged = pages.post("/app/patients/" + patient + "/notes/new", fields(Map.of()));

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(notesOfTheVisit()).isZero();
	}

	@Test
	void theFrontDeskIsRefusedTheNotes() {
		UUID noteId = drafted(Map.of());
		String username = staff.newAccount("FRONT_DESK", null);
		PageVisitor desk = new PageVisitor(port);
		desk.signIn(username, Staff.PASSWORD);

		HttpResponse<String> form = desk.get("/app/patients/" + patient + "/notes/new");
		HttpResponse<String> note = desk.get("/app/notes/" + noteId);

		assertThat(form.statusCode()).isEqualTo(403);
		assertThat(note.statusCode()).isEqualTo(403);
		assertThat(note.body()).doesNotContain("Pain eased after the belt");
		assertThat(jdbc.sql("""
				select count(*) from audit_event
				 where username = :username and action = 'READ' and outcome = 'DENIED'
				""").param("username", username).query(Long.class).single()).isEqualTo(2);
	}

	/** Writes a draft on the new-note page and answers its id. */
	private UUID drafted(Map<String, String> more) {
		pages.get("/app/patients/" + patient + "/notes/new");
		HttpResponse<String> saved = pages.submit("/app/patients/" + patient + "/notes/new", fields(more));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		Matcher location = NOTE.matcher(saved.headers().firstValue("Location").orElseThrow());
		assertThat(location.find()).isTrue();
		return UUID.fromString(location.group(1));
	}

	private Map<String, String> fields(Map<String, String> more) {
		Map<String, String> fields = new LinkedHashMap<>(Map.of("appointmentId", visit.toString(), "subjective",
				"Pain eased after the belt", "objective", "Thigh thrust negative", "assessment", "Improving", "plan",
				"Continue the home program", "painBefore", "6", "painAfter", "4"));
		fields.putAll(more);
		return fields;
	}

	private String api(String path) {
		return http.get()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private long notesOfTheVisit() {
		return jdbc.sql("select count(*) from visit_note where appointment_id = :id")
			.param("id", visit)
			.query(Long.class)
			.single();
	}

}
