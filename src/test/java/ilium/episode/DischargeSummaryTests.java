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

import ilium.DatabaseOwner;
import ilium.HttpTest;
import ilium.Staff;
import ilium.Staff.SignedInTherapist;
import ilium.episode.Episodes.Episode;
import ilium.treatment.ClinicalFixtures;
import tools.jackson.databind.JsonNode;

import static ilium.episode.Episodes.D0;
import static ilium.episode.Episodes.body;
import static ilium.episode.Episodes.refused;
import static ilium.episode.ProgressReportsTests.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The discharge summary over HTTP (EPISODE.md R11): one per plan, signed on or after the
 * last treatment day with a final status for every ACTIVE goal, freezing the home
 * program; a plan completes only with it.
 */
@HttpTest
class DischargeSummaryTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	@Autowired
	DatabaseOwner owner;

	private SignedInTherapist therapist;

	private Episodes episodes;

	@BeforeEach
	void setUp() {
		therapist = staff.newTherapist();
		episodes = new Episodes(http, jdbc, therapist);
	}

	@Test
	void aPlanCompletesOnlyWithASignedSummaryDatedOnOrAfterItsLastTreatmentDay() {
		Episode episode = episodes.plan(D0, 6);
		episodes.treat(episode, D0, LocalDate.of(2027, 1, 7));
		refused(complete(episode), 422, "discharge-summary-required");
		JsonNode draft = body(write(episode, summary("2027-01-06")).expectStatus().isCreated());
		assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
		refused(write(episode, summary("2027-01-07")), 409, "discharge-summary-exists");
		refused(complete(episode), 422, "discharge-summary-required");
		// Signed only on or after the last treatment day.
		refused(sign(episode), 422, "invalid-period");
		change(episode, summary("2027-01-07")).expectStatus().isOk();
		JsonNode signed = body(sign(episode).expectStatus().isOk());
		assertThat(signed.get("status").asString()).isEqualTo("SIGNED");
		assertThat(signed.get("homeProgramAtDischarge").get("on").asString()).isEqualTo("2027-01-07");
		// Every ACTIVE goal took its final status on the discharge date.
		JsonNode goals = body(http.get()
			.uri("/api/v1/treatment-plans/{id}/goals", episode.planId())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.exchange()
			.expectStatus()
			.isOk());
		assertThat(goals.valueStream().map(goal -> goal.get("status").asString())).containsExactly("PARTIALLY_MET",
				"MET");
		assertThat(goals.get(1).get("statusOn").asString()).isEqualTo("2027-01-07");
		complete(episode).expectStatus().isOk();
	}

	@Test
	void aSummaryNamesEveryActiveGoalWithAFinalStatusAndChangesOnlyByAddendaOnceSigned() {
		Episode episode = episodes.plan(D0, 6);
		episodes.treat(episode, D0);
		write(episode,
				Map.of("dischargeDate", "2027-01-04", "reason", "PLATEAU", "text", "Plateaued.", "goalStatuses",
						List.of(status("LTG1", "ACTIVE"))))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("goalStatuses[0].status");
		write(episode, Map.of("dischargeDate", "2027-01-04", "reason", "PLATEAU", "text", "Plateaued.", "goalStatuses",
				List.of(status("LTG1", "NOT_MET"))))
			.expectStatus()
			.isCreated();
		sign(episode).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(Episodes.PROBLEMS + "goal-statuses-incomplete")
			.jsonPath("$.goalIds")
			.isEqualTo(List.of("LTG2"));
		refused(addendum(episode), 409, "document-not-signed");
		change(episode, summary("2027-01-04")).expectStatus().isOk();
		sign(episode).expectStatus().isOk();
		refused(change(episode, summary("2027-01-05")), 409, "document-signed");
		refused(sign(episode), 409, "document-signed");
		JsonNode withAddendum = body(addendum(episode).expectStatus().isCreated());
		assertThat(withAddendum.get("addenda").size()).isEqualTo(1);
		// PostgreSQL keeps a signed summary as it is, for the owner too.
		assertThatThrownBy(() -> owner.jdbc()
			.sql("update episode_document set body = 'rewritten' where plan_id = :id")
			.param("id", episode.planId())
			.update()).rootCause().hasMessageContaining("changes only by addenda");
		assertThatThrownBy(() -> owner.jdbc().sql("""
				delete from episode_document_goal_status
				 where document_id = (select id from episode_document where plan_id = :id)
				""").param("id", episode.planId()).update()).rootCause()
			.hasMessageContaining("changes only by addenda");
	}

	@Test
	void postgresCompletesNoPlanWithoutItsSignedSummary() {
		Episode episode = episodes.plan(D0, 6);
		assertThatThrownBy(() -> ClinicalFixtures.completeWithoutSummary(owner.jdbc(), episode.planId())).rootCause()
			.hasMessageContaining("signed discharge summary");
		write(episode, summary("2027-01-04")).expectStatus().isCreated();
		assertThatThrownBy(() -> ClinicalFixtures.completeWithoutSummary(owner.jdbc(), episode.planId())).rootCause()
			.hasMessageContaining("signed discharge summary");
	}

	@Test
	void onlyThePlansTherapistWritesAndOnlyTherapistsRead() {
		Episode episode = episodes.plan(D0, 6);
		http.post()
			.uri("/api/v1/treatment-plans/{id}/discharge-summary", episode.planId())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.newTherapist().token())
			.contentType(MediaType.APPLICATION_JSON)
			.body(summary("2027-01-04"))
			.exchange()
			.expectStatus()
			.isForbidden();
		write(episode, summary("2027-01-04")).expectStatus().isCreated();
		http.get()
			.uri("/api/v1/treatment-plans/{id}/discharge-summary", episode.planId())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.frontDesk())
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(jdbc.sql("""
				select count(*) from audit_event
				 where resource_type = 'discharge-summary' and patient_id = :patientId and action = 'CREATE'
				   and outcome = 'ALLOWED'
				""").param("patientId", episode.patientId()).query(Integer.class).single()).isEqualTo(1);
		// The other therapist's write and the front desk's read are on the trail as
		// refused.
		assertThat(jdbc.sql("""
				select count(*) from audit_event
				 where resource_type = 'discharge-summary' and patient_id = :patientId and outcome = 'DENIED'
				""").param("patientId", episode.patientId()).query(Integer.class).single()).isEqualTo(2);
	}

	/** Both goals closed: LTG1 partly met, LTG2 met. */
	private static Map<String, Object> summary(String dischargeDate) {
		return Map.of("dischargeDate", dischargeDate, "reason", "GOALS_MET", "text",
				"Sits through a workday; continues the home program.", "goalStatuses",
				List.of(status("LTG1", "PARTIALLY_MET"), status("LTG2", "MET")));
	}

	private RestTestClient.ResponseSpec write(Episode episode, Object body) {
		return http.post()
			.uri("/api/v1/treatment-plans/{id}/discharge-summary", episode.planId())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	private RestTestClient.ResponseSpec change(Episode episode, Object body) {
		return http.put()
			.uri("/api/v1/treatment-plans/{id}/discharge-summary", episode.planId())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	private RestTestClient.ResponseSpec sign(Episode episode) {
		return http.post()
			.uri("/api/v1/treatment-plans/{id}/discharge-summary/sign", episode.planId())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.exchange();
	}

	private RestTestClient.ResponseSpec addendum(Episode episode) {
		return http.post()
			.uri("/api/v1/treatment-plans/{id}/discharge-summary/addenda", episode.planId())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("text", "Home program reviewed by phone."))
			.exchange();
	}

	private RestTestClient.ResponseSpec complete(Episode episode) {
		return http.post()
			.uri("/api/v1/treatment-plans/{id}/complete", episode.planId())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.exchange();
	}

}
