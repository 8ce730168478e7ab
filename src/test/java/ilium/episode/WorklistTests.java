package ilium.episode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.Clinic;
import ilium.HttpTest;
import ilium.Staff;
import ilium.Staff.SignedInTherapist;
import ilium.episode.Episodes.Episode;
import ilium.visits.Visits;
import tools.jackson.databind.JsonNode;

import static ilium.episode.Episodes.D0;
import static ilium.episode.Episodes.body;
import static ilium.episode.Episodes.mondaysAndThursdays;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compliance worklist over HTTP (EPISODE.md HTTP, R8–R11): what a therapist must do
 * next on a day, for their own plans; the admin's view of every plan.
 */
@HttpTest
class WorklistTests {

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
	void asksForTheCertificationTheReportAndACallWhenTheyAreDue() {
		Episode episode = episodes.plan(D0, 6);
		episodes.treat(episode, mondaysAndThursdays(D0, LocalDate.of(2027, 1, 28)).toArray(LocalDate[]::new));
		// 01-28: the 8th treatment day; nothing certified yet, but D0 + 30 not passed.
		JsonNode plan = onlyPlan(therapist.token(), "2027-01-28");
		assertThat(plan.get("planId").asString()).isEqualTo(episode.planId().toString());
		assertThat(plan.get("enforced").asBoolean()).isTrue();
		assertThat(codes(plan)).containsExactly("PROGRESS_REPORT_DUE_SOON");
		assertThat(plan.at("/items/0/date").asString()).isEqualTo("2027-01-04");
		assertThat(plan.at("/items/0/treatmentDaysInPeriod").asInt()).isEqualTo(8);
		// 02-11: uncertified past 02-03, and 14 days since the last treatment day.
		JsonNode later = onlyPlan(therapist.token(), "2027-02-11");
		assertThat(codes(later)).containsExactly("PROGRESS_REPORT_DUE_SOON", "GAP_IN_CARE", "CERTIFICATION_DELAYED");
		assertThat(later.at("/items/1/date").asString()).isEqualTo("2027-01-28");
		assertThat(later.at("/items/2/date").asString()).isEqualTo("2027-02-03");
	}

	@Test
	void asksToRecertifyBeforeTheCertifiedIntervalEndsAndSaysWhenItHasExpired() {
		Episode episode = episodes.plan(D0, 6);
		episodes.treat(episode, D0);
		http.put()
			.uri("/api/v1/treatment-plans/{id}/certifications/1", episode.planId())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("method", "SIGNED", "signedOn", "2027-01-20", "certifierName", "Dr. Ana Reyes"))
			.exchange()
			.expectStatus()
			.isCreated();
		// Interval 1 ends 02-14 (the plan's end): due soon from 01-31.
		assertThat(page(therapist.token(), "2027-01-15").get("content").size()).isZero();
		JsonNode soon = onlyPlan(therapist.token(), "2027-01-31");
		assertThat(codes(soon)).containsExactly("GAP_IN_CARE", "RECERT_DUE_SOON");
		assertThat(soon.at("/items/1/date").asString()).isEqualTo("2027-02-14");
		assertThat(codes(onlyPlan(therapist.token(), "2027-02-15"))).contains("EXPIRED");
	}

	@Test
	void aDiscontinuedPlanWithTreatmentAsksForItsDischargeSummary() {
		Episode episode = episodes.plan(D0, 6);
		episodes.treat(episode, D0);
		new Visits(jdbc, http).movePlan(episode.planId(), "DISCONTINUED",
				Clinic.at(LocalDate.of(2027, 1, 10), "12:00"));
		assertThat(page(therapist.token(), "2027-01-09").get("content").size()).isZero();
		JsonNode due = onlyPlan(therapist.token(), "2027-01-10");
		assertThat(codes(due)).containsExactly("DISCHARGE_SUMMARY_DUE");
		assertThat(due.at("/items/0/date").asString()).isEqualTo("2027-01-18");
		Episodes.signedSummary(http, therapist.token(), episode.planId(), D0);
		assertThat(page(therapist.token(), "2027-01-10").get("content").size()).isZero();
	}

	@Test
	void aTherapistSeesOwnPlansTheAdminEveryPlanAndTheFrontDeskNone() {
		Episode episode = episodes.plan(D0, 6);
		episodes.treat(episode, D0);
		assertThat(page(staff.newTherapist().token(), "2027-02-11").get("content").size()).isZero();
		boolean found = false;
		for (int number = 0; number < 20 && !found; number++) {
			JsonNode page = body(http.get()
				.uri("/api/v1/compliance/worklist?on=2027-02-11&size=200&page={p}", number)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
				.exchange()
				.expectStatus()
				.isOk());
			found = page.get("content")
				.valueStream()
				.anyMatch(plan -> plan.get("planId").asString().equals(episode.planId().toString()));
			assertThat(page.get("content").valueStream().flatMap(plan -> codes(plan).stream()))
				.doesNotContain("HEP_PAIN_FLAG");
		}
		assertThat(found).isTrue();
		http.get()
			.uri("/api/v1/compliance/worklist")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.frontDesk())
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void aPainfulHomeExerciseWeekAsksTheTherapistToReviewItButNotTheAdmin() {
		AdherenceFixtures clinic = new AdherenceFixtures(http, jdbc);
		LocalDate today = AdherenceFixtures.today();
		UUID planId = clinic.planActiveSince(clinic.newPatient(), therapist.therapistId(), today.minusDays(28));
		UUID stretch = clinic.prescribedOn(planId, today.minusDays(28), 1, 7);
		clinic.recorded(therapist.token(), planId, AdherenceFixtures.report(stretch, today.minusDays(1), 7, 7));
		JsonNode plan = onlyPlan(therapist.token(), today.toString());
		assertThat(codes(plan)).containsExactly("HEP_PAIN_FLAG");
		assertThat(plan.at("/items/0/date").asString()).isEqualTo(today.minusDays(1).toString());
		assertThat(plan.get("enforced").asBoolean()).isFalse();
		for (int number = 0; number < 20; number++) {
			JsonNode page = body(http.get()
				.uri("/api/v1/compliance/worklist?on={on}&size=200&page={p}", today, number)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
				.exchange()
				.expectStatus()
				.isOk());
			assertThat(page.get("content").valueStream().map(listed -> listed.get("planId").asString()))
				.doesNotContain(planId.toString());
		}
	}

	private JsonNode onlyPlan(String token, String on) {
		JsonNode content = page(token, on).get("content");
		assertThat(content.size()).isEqualTo(1);
		return content.get(0);
	}

	private JsonNode page(String token, String on) {
		return body(http.get()
			.uri("/api/v1/compliance/worklist?on={on}", on)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk());
	}

	private static List<String> codes(JsonNode plan) {
		return plan.get("items").valueStream().map(item -> item.get("code").asString()).toList();
	}

}
