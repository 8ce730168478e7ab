package ilium.charges;

import java.time.DayOfWeek;
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
import ilium.treatment.ClinicalFixtures;
import ilium.visits.ServiceNotes;
import ilium.visits.ServiceNotes.Visit;
import ilium.visits.Visits;
import tools.jackson.databind.JsonNode;

import static ilium.visits.ServiceNotes.DATE_OF_SERVICE;
import static ilium.visits.ServiceNotes.line;
import static ilium.visits.ServiceNotes.lines;
import static ilium.visits.ServiceNotes.note;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Billing days over real signed notes (EPISODE.md HTTP, billing days; examples U9, U10,
 * U19; R4; R7 and R10 flags): units are counted over every signed note of a date by the
 * plan's payer rule, at read time.
 */
@HttpTest
class BillingDaysTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	private Visits visits;

	private ServiceNotes notes;

	private SignedInTherapist therapist;

	@BeforeEach
	void setUp() {
		visits = new Visits(jdbc, http);
		therapist = staff.newTherapist();
		notes = new ServiceNotes(visits, therapist.therapistId());
	}

	@Test
	void countsTheDatesUnitsByTheCmsRuleWithGpOnBilledLines() {
		// U9: 97112 24 + 97110 23 = 47 minutes → 3 units: 97112×2, 97110×1.
		Visit visit = notes.visit("FOLLOW_UP");
		signed(visit, lines(line("97112", 24), line("97110", 23)), 50);
		JsonNode day = onlyDay(visit.patientId(), therapist.token());
		assertThat(day.get("date").asString()).isEqualTo(DATE_OF_SERVICE.toString());
		assertThat(day.get("payerProfile").asString()).isEqualTo("MEDICARE_PART_B");
		assertThat(day.get("totalTimedMinutes").asInt()).isEqualTo(47);
		assertThat(day.get("totalTreatmentMinutes").asInt()).isEqualTo(50);
		assertThat(units(day)).containsExactly(Map.entry("97110", 1), Map.entry("97112", 2));
		assertThat(day.get("lines").get(0).get("modifiers").toString()).isEqualTo("[\"GP\"]");
		assertThat(day.get("tieBrokenBy").isNull()).isTrue();
		// No billing configuration for the year: R13's UNKNOWN, no KX.
		assertThat(day.get("kxStatus").asString()).isEqualTo("UNKNOWN");
		// 97112 is not among the plan's planned services (97110, 97140, 97530); no
		// interval of this Medicare plan is certified (R8).
		assertThat(day.get("flags").toString()).isEqualTo("[\"OUTSIDE_CERTIFICATION\",\"SERVICE_NOT_IN_POC\"]");
	}

	@Test
	void breaksATieOfEqualRemaindersByTheLowerCode() {
		// U10: 97112 20 + 97110 20 = 40 → 3 units; equal remainders: 97110 wins.
		Visit visit = notes.visit("FOLLOW_UP");
		signed(visit, lines(line("97112", 20), line("97110", 20)), 40);
		JsonNode day = onlyDay(visit.patientId(), therapist.token());
		assertThat(units(day)).containsExactly(Map.entry("97110", 2), Map.entry("97112", 1));
		assertThat(day.get("tieBrokenBy").asString()).isEqualTo("LOWER_CPT");
	}

	@Test
	void countsEpisodesUnitExamplesOverHttp() {
		// U11: 97110 33 + 97140 7 = 40 → 3: 97110×2, 97140×1.
		assertThat(unitsOf(lines(line("97110", 33), line("97140", 7)), 7, 40)).containsExactly(Map.entry("97110", 2),
				Map.entry("97140", 1));
		// U12: 97110 18, 97140 13, 97116 10, 97035 8 = 49 → 3: one each to the three
		// largest
		// remainders, 97035 none.
		assertThat(unitsOf(lines(line("97110", 18), line("97140", 13), line("97116", 10), line("97035", 8)), 13, 49))
			.containsExactly(Map.entry("97035", 0), Map.entry("97110", 1), Map.entry("97116", 1),
					Map.entry("97140", 1));
		// U13: 97110 5 + 97140 4 = 9 → 1: 97110×1, 97140×0.
		assertThat(unitsOf(lines(line("97110", 5), line("97140", 4)), 4, 9)).containsExactly(Map.entry("97110", 1),
				Map.entry("97140", 0));
	}

	@Test
	void billsTheEvaluationCodeItsComplexityGivesAsOneUntimedUnit() {
		// E1 → 97161, E3 → 97163, on an initial evaluation under a draft plan.
		Map<String, Object> e1 = Map.of("personalFactorsAndComorbidities", 0, "examinedElements", 2, "presentation",
				"STABLE", "decisionMaking", "LOW");
		Map<String, Object> e3 = Map.of("personalFactorsAndComorbidities", 3, "examinedElements", 4, "presentation",
				"UNSTABLE", "decisionMaking", "HIGH");
		for (Map.Entry<Map<String, Object>, String> example : Map.of(e1, "97161", e3, "97163").entrySet()) {
			UUID patientId = visits.patient();
			Visit evaluation = notes.visit(patientId, visits.draftPlan(patientId, therapist.therapistId()),
					"INITIAL_EVALUATION");
			UUID noteId = visits.opened(therapist.token(), evaluation.appointmentId(),
					note(evaluation, "evaluationComplexity", example.getKey()));
			visits.sign(therapist.token(), noteId).expectStatus().isOk();
			assertThat(units(onlyDay(patientId, therapist.token()))).containsExactly(Map.entry(example.getValue(), 1));
		}
	}

	/** The units of a new patient's one date billed with these lines. */
	private List<Map.Entry<String, Integer>> unitsOf(List<Map<String, Object>> services, int manualTherapyMinutes,
			int totalTreatmentMinutes) {
		Visit visit = notes.visit("FOLLOW_UP");
		UUID noteId = visits.opened(therapist.token(), visit.appointmentId(),
				note(visit, "services", services, "totalTreatmentMinutes", totalTreatmentMinutes, "manualTherapy",
						List.of(ServiceNotes.manualTherapy(manualTherapyMinutes))));
		visits.sign(therapist.token(), noteId).expectStatus().isOk();
		return units(onlyDay(visit.patientId(), therapist.token()));
	}

	@Test
	void addsTheMinutesOfEveryVisitOfTheDateBeforeCountingUnits() {
		// U19: two 10-minute visits of 97110 on one date bill one unit, not none.
		Visit morning = notes.visit("FOLLOW_UP");
		Visit afternoon = notes.visit(morning.patientId(), morning.planId(), "FOLLOW_UP");
		signed(morning, lines(line("97110", 10)), 10);
		signed(afternoon, lines(line("97110", 10)), 10);
		JsonNode day = onlyDay(morning.patientId(), therapist.token());
		assertThat(units(day)).containsExactly(Map.entry("97110", 1));
		assertThat(day.get("visitNoteIds").size()).isEqualTo(2);
		assertThat(day.get("totalTimedMinutes").asInt()).isEqualTo(20);
	}

	@Test
	void countsEachCodeAloneUnderTheCptRuleAndKeepsZeroUnitLines() {
		// R4: 97110 33 → 2 units (3 left over, under 8); 97530 7 → 0 units, line kept.
		// The CMS rule would bill 40 minutes as 3 units.
		Visit visit = notes.visit("FOLLOW_UP");
		new ClinicalFixtures(http, jdbc).payer(visit.planId(), "COMMERCIAL_CPT_RULE");
		signed(visit, lines(line("97110", 33), line("97530", 7)), 40);
		JsonNode day = onlyDay(visit.patientId(), therapist.token());
		assertThat(units(day)).containsExactly(Map.entry("97110", 2), Map.entry("97530", 0));
		assertThat(day.get("lines").get(1).get("modifiers").toString()).isEqualTo("[]");
		assertThat(day.get("kxStatus").asString()).isEqualTo("NOT_APPLICABLE");
	}

	@Test
	void flagsTheTreatmentDaysOfAWeekBeyondThePlansVisitsPerWeek() {
		// The plan asks for 2 visits a week: the third treatment day of an ISO week is
		// flagged.
		UUID patientId = visits.patient();
		UUID planId = visits.activePlan(patientId, therapist.therapistId());
		LocalDate monday = DATE_OF_SERVICE.minusWeeks(2).with(DayOfWeek.MONDAY);
		for (int day = 0; day < 3; day++) {
			UUID appointmentId = visits.appointmentOn(patientId, therapist.therapistId(), "FOLLOW_UP",
					Clinic.at(monday.plusDays(day), "10:00"));
			signed(new Visit(patientId, planId, appointmentId), lines(line("97110", 15)), 15);
		}
		JsonNode days = billingDays(patientId, therapist.token(), monday, monday.plusDays(6)).expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(days.valueStream().map(d -> d.get("flags").toString())).containsExactly(
				"[\"OUTSIDE_CERTIFICATION\"]", "[\"OUTSIDE_CERTIFICATION\"]",
				"[\"OUTSIDE_CERTIFICATION\",\"OVER_FREQUENCY\"]");
	}

	@Test
	void addsKxOnceTheYearsAllowedTotalPassesTheThreshold() {
		// K1 (a year of its own, so no other test's configuration applies): threshold
		// 2480.00, 97110 and 97140 at 30.00, 2400.00 allowed elsewhere; 97110 30 min and
		// 97140 10 min → 97110×2 (2460.00, no KX), 97140×1 (2490.00, KX).
		LocalDate date = DATE_OF_SERVICE.minusYears(1);
		int year = date.getYear();
		put(staff.admin(), "/api/v1/billing-config/" + year, Map.of("kxThreshold", 2480.00, "targetedReviewThreshold",
				3000.00, "allowedAmounts", Map.of("97110", 30.00, "97140", 30.00)));
		UUID patientId = visits.patient();
		UUID planId = visits.activePlan(patientId, therapist.therapistId());
		put(staff.admin(), "/api/v1/patients/" + patientId + "/kx-ledger/" + year, Map.of("priorYtdAllowed", 2400.00));
		UUID appointmentId = visits.appointmentOn(patientId, therapist.therapistId(), "FOLLOW_UP",
				Clinic.at(date, "10:00"));
		UUID noteId = visits.opened(therapist.token(), appointmentId,
				note(new Visit(patientId, planId, appointmentId), "services",
						lines(line("97110", 30), line("97140", 10)), "totalTreatmentMinutes", 40, "manualTherapy",
						List.of(ServiceNotes.manualTherapy(10))));
		visits.sign(therapist.token(), noteId).expectStatus().isOk();
		JsonNode day = billingDays(patientId, therapist.token(), date, date).expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get(0);
		assertThat(units(day)).containsExactly(Map.entry("97110", 2), Map.entry("97140", 1));
		assertThat(day.get("lines").get(0).get("modifiers").toString()).isEqualTo("[\"GP\"]");
		assertThat(day.get("lines").get(1).get("modifiers").toString()).isEqualTo("[\"GP\",\"KX\"]");
		assertThat(day.get("kxStatus").asString()).isEqualTo("OVER_THRESHOLD");
		assertThat(day.get("kxRunningTotal").decimalValue()).isEqualByComparingTo("2490.00");
	}

	@Test
	void thePlanAnswersWithItsEpisodeStartOnceItHasATreatmentDay() {
		// D0 (EPISODE.md R9): the first date whose billing day bills a unit; 7 timed
		// minutes
		// bill none, so that date does not start the episode.
		UUID patientId = visits.patient();
		UUID planId = visits.activePlan(patientId, therapist.therapistId());
		assertThat(plan(planId).get("episodeStartDate").isNull()).isTrue();
		LocalDate first = DATE_OF_SERVICE.minusDays(7);
		UUID short7 = visits.appointmentOn(patientId, therapist.therapistId(), "FOLLOW_UP", Clinic.at(first, "10:00"));
		signed(new Visit(patientId, planId, short7), lines(line("97110", 7)), 7);
		assertThat(plan(planId).get("episodeStartDate").isNull()).isTrue();
		LocalDate second = DATE_OF_SERVICE.minusDays(6);
		UUID full = visits.appointmentOn(patientId, therapist.therapistId(), "FOLLOW_UP", Clinic.at(second, "10:00"));
		signed(new Visit(patientId, planId, full), lines(line("97110", 8)), 8);
		assertThat(plan(planId).get("episodeStartDate").asString()).isEqualTo(second.toString());
		JsonNode list = http.get()
			.uri("/api/v1/patients/{id}/treatment-plans", patientId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(list.get("content").get(0).get("episodeStartDate").asString()).isEqualTo(second.toString());
	}

	private JsonNode plan(UUID planId) {
		return http.get()
			.uri("/api/v1/treatment-plans/{id}", planId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	@Test
	void isReadByTherapistsAndAdminsOnlyOverAtMostAYearAndIsAudited() {
		Visit visit = notes.visit("FOLLOW_UP");
		signed(visit, lines(line("97110", 15)), 15);
		billingDays(visit.patientId(), staff.frontDesk(), DATE_OF_SERVICE, DATE_OF_SERVICE).expectStatus()
			.isForbidden();
		billingDays(visit.patientId(), staff.admin(), DATE_OF_SERVICE, DATE_OF_SERVICE).expectStatus().isOk();
		billingDays(visit.patientId(), therapist.token(), DATE_OF_SERVICE, DATE_OF_SERVICE.plusDays(366)).expectStatus()
			.isBadRequest();
		billingDays(visit.patientId(), therapist.token(), DATE_OF_SERVICE, DATE_OF_SERVICE.minusDays(1)).expectStatus()
			.isBadRequest();
		billingDays(UUID.randomUUID(), therapist.token(), DATE_OF_SERVICE, DATE_OF_SERVICE).expectStatus().isNotFound();
		Long reads = jdbc
			.sql("""
					select count(*) from audit_event
					 where patient_id = :patient and resource_type = 'billing-day' and action = 'READ' and outcome = 'ALLOWED'
					""")
			.param("patient", visit.patientId())
			.query(Long.class)
			.single();
		assertThat(reads).isEqualTo(1);
	}

	private void put(String token, String uri, Object body) {
		http.put()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isOk();
	}

	private void signed(Visit visit, List<Map<String, Object>> services, int totalTreatmentMinutes) {
		UUID noteId = visits.opened(therapist.token(), visit.appointmentId(),
				note(visit, "services", services, "totalTreatmentMinutes", totalTreatmentMinutes));
		visits.sign(therapist.token(), noteId).expectStatus().isOk();
	}

	private JsonNode onlyDay(UUID patientId, String token) {
		JsonNode days = billingDays(patientId, token, DATE_OF_SERVICE.minusDays(3), DATE_OF_SERVICE.plusDays(3))
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(days.size()).isEqualTo(1);
		return days.get(0);
	}

	private RestTestClient.ResponseSpec billingDays(UUID patientId, String token, LocalDate from, LocalDate to) {
		return http.get()
			.uri("/api/v1/patients/{id}/billing-days?from={from}&to={to}", patientId, from, to)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange();
	}

	private static List<Map.Entry<String, Integer>> units(JsonNode day) {
		return day.get("lines")
			.valueStream()
			.map(line -> Map.entry(line.get("cpt").asString(), line.get("units").asInt()))
			.toList();
	}

}
