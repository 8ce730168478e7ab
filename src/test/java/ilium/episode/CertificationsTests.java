package ilium.episode;

import java.time.LocalDate;
import java.util.HashMap;
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
import static ilium.episode.Episodes.PROBLEMS;
import static ilium.episode.Episodes.body;
import static ilium.episode.Episodes.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Certification intervals over HTTP (EPISODE.md R8, examples C1, C3, C5): bounds from the
 * episode start and the plan's end, status computed at each read as of a day, writes kept
 * as history, and every refusal with its problem.
 */
@HttpTest
class CertificationsTests {

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

	private ClinicalFixtures plans;

	@BeforeEach
	void setUp() {
		therapist = staff.newTherapist();
		episodes = new Episodes(http, jdbc, therapist);
		plans = new ClinicalFixtures(http, jdbc);
	}

	@Test
	void listsTheFirstIntervalFromTheEpisodeStartToThePlansEndOnceTreatmentBegins() {
		// C1: a 6-week plan from 2027-01-04 ends 2027-02-14; interval 1 = 01-04..02-14.
		Episode episode = episodes.plan(D0, 6);
		assertThat(certifications(episode, D0).get("intervals").size()).isZero();
		episodes.treat(episode, D0);
		JsonNode all = certifications(episode, D0);
		assertThat(all.get("episodeStartDate").asString()).isEqualTo("2027-01-04");
		assertThat(all.get("planEndDate").asString()).isEqualTo("2027-02-14");
		JsonNode first = all.get("intervals").get(0);
		assertThat(first.get("seq").asInt()).isEqualTo(1);
		assertThat(first.get("kind").asString()).isEqualTo("INITIAL");
		assertThat(first.get("intervalStart").asString()).isEqualTo("2027-01-04");
		assertThat(first.get("intervalEnd").asString()).isEqualTo("2027-02-14");
		assertThat(first.get("status").asString()).isEqualTo("NOT_SENT");
		// Unrecorded past D0 + 30 (2027-02-03): delayed.
		assertThat(certifications(episode, LocalDate.of(2027, 2, 3)).at("/intervals/0/status").asString())
			.isEqualTo("NOT_SENT");
		assertThat(certifications(episode, LocalDate.of(2027, 2, 4)).at("/intervals/0/status").asString())
			.isEqualTo("DELAYED");
	}

	@Test
	void aSignatureByDayThirtyCertifiesAndOneDayLaterIsDelayedUntilAReasonIsGiven() {
		// C3: SIGNED on 2027-02-03 (D0 + 30) → CERTIFIED.
		Episode episode = episodes.started();
		record(episode, 1, signed("2027-02-03")).expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Location", "/api/v1/treatment-plans/" + episode.planId() + "/certifications/1");
		assertThat(status(episode, "2027-03-01")).isEqualTo("CERTIFIED");
		http.get()
			.uri("/api/v1/treatment-plans/{id}/certifications/1?on=2027-03-01", episode.planId())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CERTIFIED");
		http.get()
			.uri("/api/v1/treatment-plans/{id}/certifications/2?on=2027-03-01", episode.planId())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.exchange()
			.expectStatus()
			.isNotFound();
		record(episode, 1, signed("2027-02-04")).expectStatus().isOk();
		assertThat(status(episode, "2027-03-01")).isEqualTo("DELAYED");
		Map<String, Object> late = signed("2027-02-04");
		late.put("delayReason", "Physician on leave; faxed twice.");
		JsonNode interval = body(record(episode, 1, late).expectStatus().isOk());
		assertThat(interval.get("status").asString()).isEqualTo("CERTIFIED_DELAYED");
		// Every earlier write is kept, oldest first.
		assertThat(interval.get("history").size()).isEqualTo(2);
		assertThat(interval.at("/history/0/signedOn").asString()).isEqualTo("2027-02-03");
		assertThat(interval.at("/history/1/delayReason").isNull()).isTrue();
	}

	@Test
	void aVerbalOrderInTimeLeavesFourteenDaysToSign() {
		// C5: verbal 2027-01-20, signed 2027-02-03 (verbal + 14) → CERTIFIED.
		Episode episode = episodes.started();
		Map<String, Object> verbal = method("VERBAL_THEN_SIGNED");
		verbal.put("verbalOn", "2027-01-20");
		record(episode, 1, verbal).expectStatus().isCreated();
		assertThat(status(episode, "2027-02-03")).isEqualTo("VERBAL_AWAITING_SIGNATURE");
		assertThat(status(episode, "2027-02-04")).isEqualTo("DELAYED");
		verbal.put("signedOn", "2027-02-03");
		record(episode, 1, verbal).expectStatus().isOk();
		assertThat(status(episode, "2027-02-04")).isEqualTo("CERTIFIED");
		// As of the day before the signature, it was still awaited.
		assertThat(status(episode, "2027-02-02")).isEqualTo("VERBAL_AWAITING_SIGNATURE");
		verbal.put("signedOn", "2027-02-04");
		record(episode, 1, verbal).expectStatus().isOk();
		assertThat(status(episode, "2027-02-05")).isEqualTo("DELAYED");
	}

	@Test
	void aPlanSentAndAwaitedIsSentAwaiting() {
		Episode episode = episodes.started();
		Map<String, Object> sent = method("SIGNED");
		sent.put("sentOn", "2027-01-05");
		record(episode, 1, sent).expectStatus().isCreated();
		assertThat(status(episode, "2027-01-06")).isEqualTo("SENT_AWAITING");
		assertThat(status(episode, "2027-01-04")).isEqualTo("NOT_SENT");
	}

	@Test
	void recertifiesTheNextNinetyDaysOnlyAfterTheIntervalBeforeIsCertified() {
		// A 20-week plan from 2027-01-04 ends 2027-05-23: interval 1 = 01-04..04-03 (90
		// days counting D0), interval 2 = 04-04..05-23.
		Episode episode = episodes.plan(D0, 20);
		episodes.treat(episode, D0);
		refused(record(episode, 2, signed("2027-01-10")), 422, "certification-out-of-sequence");
		Map<String, Object> sent = method("SIGNED");
		sent.put("sentOn", "2027-01-05");
		record(episode, 1, sent).expectStatus().isCreated();
		refused(record(episode, 2, signed("2027-03-20")), 422, "certification-out-of-sequence");
		record(episode, 1, signed("2027-01-20")).expectStatus().isOk();
		JsonNode second = body(record(episode, 2, signed("2027-03-20")).expectStatus().isCreated());
		assertThat(second.get("kind").asString()).isEqualTo("RECERTIFICATION");
		assertThat(second.get("intervalStart").asString()).isEqualTo("2027-04-04");
		assertThat(second.get("intervalEnd").asString()).isEqualTo("2027-05-23");
		// Its deadline is the end of interval 1.
		assertThat(second.get("status").asString()).isEqualTo("CERTIFIED");
		JsonNode all = certifications(episode, LocalDate.of(2027, 4, 10));
		assertThat(all.at("/intervals/0/intervalEnd").asString()).isEqualTo("2027-04-03");
		// Interval 3 would start after the plan's end.
		refused(record(episode, 3, signed("2027-05-01")), 422, "certification-out-of-sequence");
	}

	@Test
	void noCertificationBeforeTheEpisodeStartsNorForAPlanNotReady() {
		Episode episode = episodes.plan(D0, 6);
		refused(record(episode, 1, signed("2027-01-10")), 409, "episode-not-started");
		episodes.treat(episode, D0);
		plans.discontinueMeasuredLongTermGoals(episode.planId(), LocalDate.of(2027, 1, 4));
		record(episode, 1, signed("2027-01-10")).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEMS + "plan-of-care-incomplete")
			.jsonPath("$.missingFields[0]")
			.isEqualTo("goals");
	}

	@Test
	void refusesDatesOutOfOrderWithTheFieldNamed() {
		Episode episode = episodes.started();
		Map<String, Object> verbalWithSigned = signed("2027-01-20");
		verbalWithSigned.put("verbalOn", "2027-01-10");
		badRequest(record(episode, 1, verbalWithSigned), "verbalOn");
		Map<String, Object> signedBeforeSent = signed("2027-01-10");
		signedBeforeSent.put("sentOn", "2027-01-12");
		badRequest(record(episode, 1, signedBeforeSent), "signedOn");
		badRequest(record(episode, 1, signed("2027-01-03")), "signedOn");
		Map<String, Object> badNpi = signed("2027-01-10");
		badNpi.put("certifierNpi", "1234567890");
		badRequest(record(episode, 1, badNpi), "certifierNpi");
		Map<String, Object> noName = signed("2027-01-10");
		noName.remove("certifierName");
		badRequest(record(episode, 1, noName), "certifierName");
		assertThat(status(episode, "2027-01-05")).isEqualTo("NOT_SENT");
	}

	@Test
	void theReferralExceptionNeedsTheOrderOnFileBeforeTheEpisodeAndNoSignature() {
		Episode episode = episodes.started();
		Map<String, Object> exception = method("REFERRAL_EXCEPTION_2025");
		exception.put("sentOn", "2027-01-06");
		refused(record(episode, 1, exception), 422, "referral-exception-not-allowed");
		plans.referral(episode.planId(), LocalDate.parse("2027-01-02"), true);
		Map<String, Object> signedToo = new HashMap<>(exception);
		signedToo.put("signedOn", "2027-01-07");
		refused(record(episode, 1, signedToo), 422, "referral-exception-not-allowed");
		JsonNode interval = body(record(episode, 1, exception).expectStatus().isCreated());
		assertThat(interval.get("status").asString()).isEqualTo("CERTIFIED");
		Episode later = episodes.started();
		plans.referral(later.planId(), LocalDate.parse("2027-01-05"), true);
		refused(record(later, 1, exception), 422, "referral-exception-not-allowed");
	}

	@Test
	void onlyThePlansTherapistRecordsAndOnlyTherapistsRead() {
		Episode episode = episodes.started();
		SignedInTherapist other = staff.newTherapist();
		put(other.token(), episode, 1, signed("2027-01-10")).expectStatus().isForbidden();
		put(staff.frontDesk(), episode, 1, signed("2027-01-10")).expectStatus().isForbidden();
		http.get()
			.uri("/api/v1/treatment-plans/{id}/certifications", episode.planId())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.exchange()
			.expectStatus()
			.isForbidden();
		record(episode, 1, signed("2027-01-10")).expectStatus().isCreated();
		assertThat(jdbc.sql("""
				select count(*) from audit_event
				 where resource_type = 'certification' and patient_id = :patientId and action = 'CREATE'
				   and outcome = 'ALLOWED'
				""").param("patientId", episode.patientId()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void postgresKeepsWritesAppendOnlyAndTheReferralExceptionOnTheFirstInterval() {
		Episode episode = episodes.started();
		record(episode, 1, signed("2027-01-10")).expectStatus().isCreated();
		assertThatThrownBy(() -> owner.jdbc()
			.sql("update certification_write set signed_on = null where plan_id = :id")
			.param("id", episode.planId())
			.update()).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("""
				insert into certification_write (plan_id, seq, revision, method, sent_on, signed_on, certifier_name,
				                                 written_by, written_at)
				values (:id, 1, 9, 'REFERRAL_EXCEPTION_2025', date '2027-01-05', date '2027-01-06', 'Dr. Reyes',
				        gen_random_uuid(), now())
				""").param("id", episode.planId()).update()).rootCause().hasMessageContaining("first_unsigned");
		assertThatThrownBy(() -> jdbc.sql("""
				insert into certification_interval (plan_id, seq, interval_start, interval_end)
				values (:id, 3, date '2027-06-01', date '2027-06-30')
				""").param("id", episode.planId()).update()).rootCause()
			.hasMessageContaining("certification_interval_previous_fk");
	}

	@Test
	void aMedicareDayOutsideEveryCertifiedIntervalIsFlagged() {
		// C1: interval 1 = 01-04..02-14; a treatment day 02-15 is beyond the plan and
		// outside certification; 01-07 is inside once interval 1 is certified.
		Episode episode = episodes.plan(D0, 6);
		episodes.treat(episode, D0, LocalDate.of(2027, 1, 7), LocalDate.of(2027, 2, 15));
		assertThat(episodes.flags(episode, "2027-01-07")).containsExactly("OUTSIDE_CERTIFICATION");
		record(episode, 1, signed("2027-01-20")).expectStatus().isCreated();
		assertThat(episodes.flags(episode, "2027-01-07")).isEmpty();
		assertThat(episodes.flags(episode, "2027-02-15")).containsExactly("BEYOND_PLAN_DURATION",
				"OUTSIDE_CERTIFICATION");
		// The clocks bind Medicare days only.
		plans.payer(episode.planId(), "COMMERCIAL_CMS_RULE");
		assertThat(episodes.flags(episode, "2027-02-15")).isEmpty();
	}

	@Test
	void aKxDayNeedsAReportOrAnEvaluationInItsCertificationInterval() {
		// R13 in a year of its own (2028): every 97110 unit passes the threshold.
		http.put()
			.uri("/api/v1/billing-config/2028")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("kxThreshold", 10.00, "targetedReviewThreshold", 100000.00, "allowedAmounts",
					Map.of("97110", 30.00)))
			.exchange()
			.expectStatus()
			.isOk();
		LocalDate monday = LocalDate.of(2028, 1, 3);
		Episode episode = episodes.plan(monday, 6);
		episodes.treat(episode, monday, monday.plusDays(3));
		assertThat(episodes.flags(episode, "2028-01-03")).containsExactly("KX_WITHOUT_SUPPORT",
				"OUTSIDE_CERTIFICATION");
		record(episode, 1, signed("2028-01-10")).expectStatus().isCreated();
		assertThat(episodes.flags(episode, "2028-01-03")).containsExactly("KX_WITHOUT_SUPPORT");
		JsonNode report = body(http.post()
			.uri("/api/v1/treatment-plans/{id}/progress-reports", episode.planId())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.contentType(MediaType.APPLICATION_JSON)
			.body(ProgressReportsTests.report("2028-01-06", "ACTIVE"))
			.exchange()
			.expectStatus()
			.isCreated());
		http.post()
			.uri("/api/v1/treatment-plans/{id}/progress-reports/{rid}/sign", episode.planId(),
					report.get("id").asString())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(episodes.flags(episode, "2028-01-03")).isEmpty();
	}

	private static Map<String, Object> method(String method) {
		Map<String, Object> body = new HashMap<>();
		body.put("method", method);
		body.put("certifierName", "Dr. Ana Reyes");
		body.put("certifierNpi", "1234567893");
		return body;
	}

	private static Map<String, Object> signed(String signedOn) {
		Map<String, Object> body = method("SIGNED");
		body.put("signedOn", signedOn);
		return body;
	}

	private RestTestClient.ResponseSpec record(Episode episode, int seq, Map<String, Object> body) {
		return put(therapist.token(), episode, seq, body);
	}

	private RestTestClient.ResponseSpec put(String token, Episode episode, int seq, Map<String, Object> body) {
		return http.put()
			.uri("/api/v1/treatment-plans/{id}/certifications/{seq}", episode.planId(), seq)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	private JsonNode certifications(Episode episode, LocalDate on) {
		return body(http.get()
			.uri("/api/v1/treatment-plans/{id}/certifications?on={on}", episode.planId(), on)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.exchange()
			.expectStatus()
			.isOk());
	}

	private String status(Episode episode, String on) {
		return certifications(episode, LocalDate.parse(on)).at("/intervals/0/status").asString();
	}

	private static void badRequest(RestTestClient.ResponseSpec response, String field) {
		response.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
	}

}
