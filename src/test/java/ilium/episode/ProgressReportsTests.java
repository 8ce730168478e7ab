package ilium.episode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;
import ilium.Staff.SignedInTherapist;
import ilium.episode.Episodes.Episode;
import tools.jackson.databind.JsonNode;

import static ilium.episode.Episodes.D0;
import static ilium.episode.Episodes.PROBLEMS;
import static ilium.episode.Episodes.body;
import static ilium.episode.Episodes.mondaysAndThursdays;
import static ilium.episode.Episodes.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Progress reports and the treatment-day clock over HTTP (EPISODE.md R9, examples PR1 and
 * PR2): D0 2027-01-04, treatment days every Monday and Thursday.
 */
@HttpTest
class ProgressReportsTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	private SignedInTherapist therapist;

	private Episodes episodes;

	@BeforeEach
	void setUp() {
		therapist = staff.newTherapist();
		episodes = new Episodes(http, jdbc, therapist);
	}

	@Test
	void withoutAReportThePeriodIsDueSoonOnTheEighthDueOnTheTenthAndOverdueOnTheEleventh() {
		// PR1: 8th treatment day 01-28, 10th 02-04, 11th 02-08.
		Episode episode = episodes.plan(D0, 12);
		assertThat(openPeriod(episode, "2027-01-28").get("status").asString()).isEqualTo("NOT_STARTED");
		episodes.treat(episode, mondaysAndThursdays(D0, LocalDate.of(2027, 2, 8)).toArray(LocalDate[]::new));
		JsonNode dueSoon = openPeriod(episode, "2027-01-28");
		assertThat(dueSoon.get("status").asString()).isEqualTo("DUE_SOON");
		assertThat(dueSoon.get("start").asString()).isEqualTo("2027-01-04");
		assertThat(dueSoon.get("treatmentDays").asInt()).isEqualTo(8);
		assertThat(dueSoon.get("tenthTreatmentDay").isNull()).isTrue();
		assertThat(openPeriod(episode, "2027-01-27").get("status").asString()).isEqualTo("OK");
		JsonNode dueToday = openPeriod(episode, "2027-02-04");
		assertThat(dueToday.get("status").asString()).isEqualTo("DUE_TODAY");
		assertThat(dueToday.get("tenthTreatmentDay").asString()).isEqualTo("2027-02-04");
		// Due "today" until the next treatment day.
		assertThat(openPeriod(episode, "2027-02-07").get("status").asString()).isEqualTo("DUE_TODAY");
		assertThat(openPeriod(episode, "2027-02-08").get("status").asString()).isEqualTo("OVERDUE");
		assertThat(episodes.flags(episode, "2027-02-08")).contains("PROGRESS_REPORT_OVERDUE");
		assertThat(episodes.flags(episode, "2027-02-04")).doesNotContain("PROGRESS_REPORT_OVERDUE");
	}

	@Test
	void aSignedReportClosesThePeriodAndTheNextStartsAtTheNextTreatmentDay() {
		// PR2: report through 02-04; period 2 starts 02-08; its 10th treatment day is
		// 03-11.
		Episode episode = episodes.plan(D0, 12);
		episodes.treat(episode, mondaysAndThursdays(D0, LocalDate.of(2027, 3, 11)).toArray(LocalDate[]::new));
		JsonNode draft = body(write(episode, report("2027-02-04", "MET")).expectStatus().isCreated());
		assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
		assertThat(draft.get("periodStart").asString()).isEqualTo("2027-01-04");
		JsonNode signed = body(sign(episode, draft).expectStatus().isOk());
		assertThat(signed.get("status").asString()).isEqualTo("SIGNED");
		assertThat(signed.get("periodStart").asString()).isEqualTo("2027-01-04");
		JsonNode open = openPeriod(episode, "2027-03-11");
		assertThat(open.get("start").asString()).isEqualTo("2027-02-08");
		assertThat(open.get("tenthTreatmentDay").asString()).isEqualTo("2027-03-11");
		assertThat(open.get("status").asString()).isEqualTo("DUE_TODAY");
		// The goal took the report's status on periodEnd.
		JsonNode goal = goals(episode).get(1);
		assertThat(goal.get("status").asString()).isEqualTo("MET");
		assertThat(goal.get("statusOn").asString()).isEqualTo("2027-02-04");
		// Between the closing and the next treatment day no period has started.
		assertThat(openPeriod(episode, "2027-02-05").get("start").isNull()).isTrue();
		assertThat(openPeriod(episode, "2027-02-05").get("treatmentDays").asInt()).isZero();
	}

	@Test
	void aReportSignsOnlyOverTheOpenPeriodNamingEveryActiveGoal() {
		Episode episode = episodes.plan(D0, 12);
		episodes.treat(episode, D0, LocalDate.of(2027, 1, 7));
		JsonNode early = body(write(episode, report("2027-01-03", "ACTIVE")).expectStatus().isCreated());
		refused(sign(episode, early), 422, "invalid-period");
		JsonNode partial = body(write(episode,
				Map.of("periodEnd", "2027-01-07", "goalStatuses", List.of(), "plan", "Continue stabilisation."))
			.expectStatus()
			.isCreated());
		sign(episode, partial).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEMS + "goal-statuses-incomplete")
			.jsonPath("$.goalIds")
			.isEqualTo(List.of("LTG1", "LTG2"));
		JsonNode good = body(write(episode, report("2027-01-07", "ACTIVE")).expectStatus().isCreated());
		sign(episode, good).expectStatus().isOk();
		// Signed: changed only by addenda, by its author.
		refused(http.put()
			.uri("/api/v1/treatment-plans/{id}/progress-reports/{rid}", episode.planId(), good.get("id").asString())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.contentType(MediaType.APPLICATION_JSON)
			.body(report("2027-01-07", "MET"))
			.exchange(), 409, "document-signed");
		refused(addendum(episode, partial, therapist.token()), 409, "document-not-signed");
		JsonNode withAddendum = body(addendum(episode, good, therapist.token()).expectStatus().isCreated());
		assertThat(withAddendum.at("/addenda/0/text").asString()).isEqualTo("Patient called: pain eased.");
		addendum(episode, good, staff.newTherapist().token()).expectStatus().isForbidden();
	}

	@Test
	void aRepeatedOrUnknownStatusOrAMissingCurrentIsABadRequest() {
		Episode episode = episodes.plan(D0, 12);
		Map<String, Object> twice = Map.of("periodEnd", "2027-01-07", "plan", "Continue.", "goalStatuses",
				List.of(status("LTG1", "MET"), status("LTG1", "ACTIVE")));
		write(episode, twice).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("goalStatuses[1].goalId");
		Map<String, Object> notMet = Map.of("periodEnd", "2027-01-07", "plan", "Continue.", "goalStatuses",
				List.of(status("LTG1", "NOT_MET")));
		write(episode, notMet).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("goalStatuses[0].status");
		Map<String, Object> noCurrent = Map.of("periodEnd", "2027-01-07", "plan", "Continue.", "goalStatuses",
				List.of(Map.of("goalId", "LTG1", "status", "MET")));
		write(episode, noCurrent).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("goalStatuses[0].current");
		Map<String, Object> longId = Map.of("periodEnd", "2027-01-07", "plan", "Continue.", "goalStatuses",
				List.of(status("LTG1234567890", "MET")));
		write(episode, longId).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("goalStatuses[0].goalId");
		Map<String, Object> strangers = Map.of("periodEnd", "2027-01-07", "plan", "Continue.", "goalStatuses",
				List.of(), "outcomeMeasureIds", List.of("00000000-0000-4000-8000-00000000dead"));
		refused(write(episode, strangers), 422, "unknown-outcome");
		http.post()
			.uri("/api/v1/treatment-plans/{id}/progress-reports", episode.planId())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.newTherapist().token())
			.contentType(MediaType.APPLICATION_JSON)
			.body(report("2027-01-07", "ACTIVE"))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	/** A report naming both goals (LTG1 given at creation, LTG2 the measurable one). */
	static Map<String, Object> report(String periodEnd, String status) {
		return Map.of("periodEnd", periodEnd, "plan", "Continue stabilisation; progress the bridge.", "goalStatuses",
				List.of(status("LTG1", "ACTIVE"), status("LTG2", status)));
	}

	static Map<String, Object> status(String goalId, String status) {
		return Map.of("goalId", goalId, "status", status, "current", 3);
	}

	private RestTestClient.ResponseSpec write(Episode episode, Object body) {
		return http.post()
			.uri("/api/v1/treatment-plans/{id}/progress-reports", episode.planId())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	private RestTestClient.ResponseSpec sign(Episode episode, JsonNode report) {
		return http.post()
			.uri("/api/v1/treatment-plans/{id}/progress-reports/{rid}/sign", episode.planId(),
					report.get("id").asString())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.exchange();
	}

	private RestTestClient.ResponseSpec addendum(Episode episode, JsonNode report, String token) {
		return http.post()
			.uri("/api/v1/treatment-plans/{id}/progress-reports/{rid}/addenda", episode.planId(),
					report.get("id").asString())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("text", "Patient called: pain eased."))
			.exchange();
	}

	private JsonNode openPeriod(Episode episode, String on) {
		return body(http.get()
			.uri("/api/v1/treatment-plans/{id}/progress-reports?on={on}", episode.planId(), on)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.exchange()
			.expectStatus()
			.isOk()).get("openPeriod");
	}

	private JsonNode goals(Episode episode) {
		return body(http.get()
			.uri("/api/v1/treatment-plans/{id}/goals", episode.planId())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.exchange()
			.expectStatus()
			.isOk());
	}

}
