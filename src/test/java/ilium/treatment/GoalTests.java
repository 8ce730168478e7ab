package ilium.treatment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.ErrorResponseException;

import ilium.DatabaseOwner;
import ilium.HttpTest;
import ilium.Staff;
import ilium.Staff.SignedInTherapist;
import ilium.shared.DatabaseConstraint;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A plan's goals (EPISODE.md "Goal"): stable ids, measures in range, targets within the
 * plan, and a goal no longer ACTIVE never changes.
 */
@HttpTest
class GoalTests {

	/** The plan under test runs 2027-01-04..2027-02-14 (C1: 6 weeks). */
	static final String START = "2027-01-04";

	static final String END = "2027-02-14";

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DatabaseOwner owner;

	@Autowired
	Staff staff;

	@Autowired
	PlansOfCare plansOfCare;

	ClinicalFixtures clinic;

	SignedInTherapist therapist;

	UUID patientId;

	String planId;

	@BeforeEach
	void setUp() {
		clinic = new ClinicalFixtures(http, jdbc);
		therapist = staff.newTherapist();
		patientId = clinic.newPatient();
		planId = plan(List.of(Map.of("description", "Sit through a workday", "targetDate", "2027-02-01"),
				Map.of("description", "Walk the dog for 30 minutes")));
	}

	/** A measurable goal: NPRS from 6 to at most 2 by {@code targetDate}. */
	static Map<String, Object> goal(String term, String targetDate) {
		Map<String, Object> body = new HashMap<>();
		body.put("term", term);
		body.put("description", "Sit 60 minutes with pain at most 2/10");
		body.put("measure", measure("OUTCOME_INSTRUMENT", "NPRS", 6, 2, "AT_MOST"));
		body.put("targetDate", targetDate);
		return body;
	}

	static Map<String, Object> measure(String kind, String instrument, Object baseline, Object target,
			String comparator) {
		Map<String, Object> measure = new HashMap<>();
		measure.put("kind", kind);
		if (instrument != null) {
			measure.put("instrument", instrument);
		}
		measure.put("baseline", baseline);
		measure.put("target", target);
		measure.put("comparator", comparator);
		return measure;
	}

	@Test
	void goalsGivenAtCreationAreLongTermActiveAndNumberedInTheirOrder() {
		JsonNode goals = list();
		assertThat(goals.valueStream().map(g -> g.get("id").asString())).containsExactly("LTG1", "LTG2");
		assertThat(goals.valueStream().map(g -> g.get("term").asString())).containsOnly("LONG_TERM");
		assertThat(goals.valueStream().map(g -> g.get("status").asString())).containsOnly("ACTIVE");
		assertThat(goals.get(0).get("targetDate").asString()).isEqualTo("2027-02-01");
		assertThat(goals.get(1).get("measure").isNull()).isTrue();
		assertThat(goals.get(1).get("statusOn").isNull()).isTrue();
		assertThat(goals.get(0).has("measurable")).isFalse();
	}

	@Test
	void aGoalGivenAtCreationHoldsAtMost1000CharactersToo() {
		Map<String, Object> body = ClinicalFixtures.plan(therapist.therapistId(), null);
		body.put("goals", List.of(Map.of("description", "x".repeat(1001))));
		clinic.post(therapist.token(), "/api/v1/patients/" + patientId + "/treatment-plans", body)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("goals[0].description");
	}

	@Test
	void aNewGoalTakesTheNextIdOfItsTermAndThePlanShowsIt() {
		clinic.post(therapist.token(), goals(), goal("SHORT_TERM", "2027-01-25"))
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, goals() + "/STG1")
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo("STG1")
			.jsonPath("$.term")
			.isEqualTo("SHORT_TERM")
			.jsonPath("$.measure.kind")
			.isEqualTo("OUTCOME_INSTRUMENT")
			.jsonPath("$.measure.instrument")
			.isEqualTo("NPRS")
			.jsonPath("$.measure.baseline")
			.isEqualTo(6)
			.jsonPath("$.measure.target")
			.isEqualTo(2)
			.jsonPath("$.measure.comparator")
			.isEqualTo("AT_MOST")
			.jsonPath("$.status")
			.isEqualTo("ACTIVE");
		assertThat(add(goal("SHORT_TERM", "2027-01-25"))).isEqualTo("STG2");
		assertThat(add(goal("LONG_TERM", END))).isEqualTo("LTG3");
		JsonNode plan = clinic.get(therapist.token(), "/api/v1/treatment-plans/" + planId)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(plan.get("goals").valueStream().map(g -> g.get("id").asString())).containsExactly("LTG1", "LTG2",
				"STG1", "STG2", "LTG3");
		assertThat(plan.get("goals").get(2).get("measure").get("instrument").asString()).isEqualTo("NPRS");
		clinic.get(therapist.token(), goals() + "/STG2").expectStatus().isOk();
	}

	@Test
	void aGoalIdIsNeverReusedEvenWhenARowIsRemovedOrANumberGivenByHand() {
		add(goal("SHORT_TERM", END));
		owner.jdbc()
			.sql("delete from treatment_plan_goal where plan_id = :planId and goal_id = 'STG1'")
			.param("planId", UUID.fromString(planId))
			.update();
		jdbc.sql("""
				insert into treatment_plan_goal (plan_id, position, term, number, description, measure_kind,
				       measure_instrument, measure_baseline, measure_target, measure_comparator, target_date)
				values (:planId, 99, 'SHORT_TERM', 1, 'By hand', 'OUTCOME_INSTRUMENT', 'ODI', 40, 20, 'AT_MOST',
				        date '2027-02-01')
				""").param("planId", UUID.fromString(planId)).update();
		assertThat(add(goal("SHORT_TERM", END))).isEqualTo("STG3");
		assertThat(list().valueStream().map(g -> g.get("id").asString())).containsExactly("LTG1", "LTG2", "STG2",
				"STG3");
	}

	@Test
	void theGoalEndpointsTakeMeasurableGoalsOnly() {
		Map<String, Object> body = goal("SHORT_TERM", END);
		body.remove("measure");
		assertRefused(body, "measure");
		body = goal("SHORT_TERM", END);
		body.remove("targetDate");
		assertRefused(body, "targetDate");
		body = goal("SHORT_TERM", END);
		body.remove("term");
		assertRefused(body, "term");
		body = goal("MEDIUM_TERM", END);
		assertRefused(body, "term");
	}

	@Test
	void aDescriptionHoldsAtMost1000Characters() {
		Map<String, Object> body = goal("SHORT_TERM", END);
		body.put("description", "x".repeat(1001));
		assertRefused(body, "description");
		body.put("description", " ");
		assertRefused(body, "description");
		body.put("description", "x".repeat(1000));
		clinic.post(therapist.token(), goals(), body).expectStatus().isCreated();
	}

	@Test
	void aMeasureNamesWhatItsKindNeedsAndNothingElse() {
		assertRefusedMeasure(measure("OUTCOME_INSTRUMENT", null, 6, 2, "AT_MOST"), "measure.instrument");
		Map<String, Object> activity = measure("PSFS_ACTIVITY", null, 3, 8, "AT_LEAST");
		assertRefusedMeasure(activity, "measure.activityName");
		activity.put("activityName", "Climb stairs");
		activity.put("unit", "points");
		assertRefusedMeasure(activity, "measure.unit");
		Map<String, Object> other = measure("OTHER", null, 20, 45, "AT_LEAST");
		assertRefusedMeasure(other, "measure.unit");
		other.put("unit", "minutes");
		other.put("instrument", "NPRS");
		assertRefusedMeasure(other, "measure.instrument");
		other.remove("instrument");
		assertAccepted(other);
		activity.remove("unit");
		assertAccepted(activity);
		assertRefusedMeasure(measure("OUTCOME_INSTRUMENT", "SF36", 6, 2, "AT_MOST"), "measure.instrument");
		assertRefusedMeasure(measure("GUESS", null, 6, 2, "AT_MOST"), "measure.kind");
		Map<String, Object> noBaseline = measure("OUTCOME_INSTRUMENT", "NPRS", 6, 2, "AT_MOST");
		noBaseline.remove("baseline");
		assertRefusedMeasure(noBaseline, "measure.baseline");
	}

	@Test
	void measureValuesLieInTheInstrumentsRange() {
		assertRefusedMeasure(measure("OUTCOME_INSTRUMENT", "NPRS", 11, 2, "AT_MOST"), "measure.baseline");
		assertRefusedMeasure(measure("OUTCOME_INSTRUMENT", "NPRS", 6, -1, "AT_MOST"), "measure.target");
		assertAccepted(measure("OUTCOME_INSTRUMENT", "NPRS", 10, 0, "AT_MOST"));
		assertRefusedMeasure(measure("OUTCOME_INSTRUMENT", "ODI", 100.5, 20, "AT_MOST"), "measure.baseline");
		assertAccepted(measure("OUTCOME_INSTRUMENT", "ODI", 100, 35.5, "AT_MOST"));
		assertRefusedMeasure(measure("OUTCOME_INSTRUMENT", "RMDQ", 25, 10, "AT_MOST"), "measure.baseline");
		assertAccepted(measure("OUTCOME_INSTRUMENT", "RMDQ", 24, 10, "AT_MOST"));
		assertRefusedMeasure(measure("OUTCOME_INSTRUMENT", "PSFS", 3, 10.5, "AT_LEAST"), "measure.target");
		assertAccepted(measure("OUTCOME_INSTRUMENT", "PSFS", 3.25, 10, "AT_LEAST"));
		Map<String, Object> activity = measure("PSFS_ACTIVITY", null, 2, 11, "AT_LEAST");
		activity.put("activityName", "Climb stairs");
		assertRefusedMeasure(activity, "measure.target");
		assertRefusedMeasure(measure("OUTCOME_INSTRUMENT", "NPRS", 6, 2.125, "AT_MOST"), "measure.target");
		assertRefusedMeasure(measure("OUTCOME_INSTRUMENT", "NPRS", "6", 2, "AT_MOST"), "measure.baseline");
	}

	@Test
	void theTargetLiesOnTheComparatorsSideOfTheBaseline() {
		assertRefusedMeasure(measure("OUTCOME_INSTRUMENT", "NPRS", 6, 6, "AT_MOST"), "measure.target");
		assertRefusedMeasure(measure("OUTCOME_INSTRUMENT", "NPRS", 2, 6, "AT_MOST"), "measure.target");
		assertRefusedMeasure(measure("OUTCOME_INSTRUMENT", "PSFS", 5, 5, "AT_LEAST"), "measure.target");
		assertRefusedMeasure(measure("OUTCOME_INSTRUMENT", "PSFS", 5, 4, "AT_LEAST"), "measure.target");
		assertRefusedMeasure(measure("OUTCOME_INSTRUMENT", "NPRS", 6, 2, "ABOUT"), "measure.comparator");
		assertAccepted(measure("OUTCOME_INSTRUMENT", "PSFS", 5, 5.01, "AT_LEAST"));
	}

	@Test
	void theTargetDateLiesWithinThePlanBoundsIncluded() {
		assertThat(add(goal("SHORT_TERM", START))).isEqualTo("STG1");
		assertThat(add(goal("SHORT_TERM", END))).isEqualTo("STG2");
		for (String outside : new String[] { "2027-01-03", "2027-02-15" }) {
			clinic.post(therapist.token(), goals(), goal("SHORT_TERM", outside))
				.expectStatus()
				.isEqualTo(422)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://ilium.example/problems/goal-target-outside-plan");
		}
	}

	@Test
	void aPatchMergesIntoTheGoalAndKeepsItMeasurableAndWithinThePlan() {
		String id = add(goal("SHORT_TERM", "2027-01-25"));
		clinic.patch(therapist.token(), goals() + "/" + id, Map.of("measure", Map.of("target", 3)))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.measure.target")
			.isEqualTo(3)
			.jsonPath("$.measure.baseline")
			.isEqualTo(6)
			.jsonPath("$.description")
			.isEqualTo("Sit 60 minutes with pain at most 2/10")
			.jsonPath("$.term")
			.isEqualTo("SHORT_TERM");
		clinic.patch(therapist.token(), goals() + "/" + id, Map.of("targetDate", END)).expectStatus().isOk();
		clinic.patch(therapist.token(), goals() + "/" + id, Map.of("targetDate", "2027-02-15"))
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/goal-target-outside-plan");
		clinic.patch(therapist.token(), goals() + "/" + id, Map.of("targetDate", START)).expectStatus().isOk();
		assertPatchRefused(id, "{\"measure\":null}", "measure");
		assertPatchRefused(id, "{\"targetDate\":null}", "targetDate");
		assertPatchRefused(id, "{\"term\":\"LONG_TERM\"}", "term");
		assertPatchRefused(id, "{\"status\":\"MET\"}", "status");
		assertPatchRefused(id, "{\"measure\":{\"target\":7}}", "measure.target");
		assertPatchRefused(id, "{\"description\":\"" + "x".repeat(1001) + "\"}", "description");
	}

	@Test
	void aGoalGivenAtCreationBecomesMeasurableThroughAPatch() {
		assertPatchRefused("LTG2", "{\"targetDate\":\"2027-02-01\"}", "measure");
		Map<String, Object> measure = measure("OTHER", null, 5, 30, "AT_LEAST");
		measure.put("unit", "minutes walked");
		Map<String, Object> patch = Map.of("measure", measure, "targetDate", "2027-02-01");
		clinic.patch(therapist.token(), goals() + "/LTG2", patch)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo("LTG2")
			.jsonPath("$.measure.unit")
			.isEqualTo("minutes walked")
			.jsonPath("$.description")
			.isEqualTo("Walk the dog for 30 minutes");
	}

	@Test
	void aDeleteDiscontinuesTheGoalTodayAndAClosedGoalNeverChanges() {
		String id = add(goal("SHORT_TERM", END));
		clinic.delete(therapist.token(), goals() + "/" + id)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DISCONTINUED")
			.jsonPath("$.statusOn")
			.isEqualTo(ClinicalFixtures.today().toString());
		for (RestTestClient.ResponseSpec attempt : new RestTestClient.ResponseSpec[] {
				clinic.delete(therapist.token(), goals() + "/" + id),
				clinic.patch(therapist.token(), goals() + "/" + id, Map.of("description", "Changed")) }) {
			attempt.expectStatus()
				.isEqualTo(409)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://ilium.example/problems/goal-closed");
		}
		assertThat(list().get(2).get("status").asString()).isEqualTo("DISCONTINUED");
	}

	@Test
	void aClosedPlansGoalsNeverChange() {
		String id = add(goal("SHORT_TERM", END));
		clinic.post(therapist.token(), "/api/v1/treatment-plans/" + planId + "/discontinue", Map.of("reason", "Moved"))
			.expectStatus()
			.isOk();
		for (RestTestClient.ResponseSpec attempt : new RestTestClient.ResponseSpec[] {
				clinic.post(therapist.token(), goals(), goal("SHORT_TERM", END)),
				clinic.patch(therapist.token(), goals() + "/" + id, Map.of("description", "Changed")),
				clinic.delete(therapist.token(), goals() + "/" + id) }) {
			attempt.expectStatus()
				.isEqualTo(409)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://ilium.example/problems/plan-closed");
		}
	}

	@Test
	void onlyThePlansTherapistChangesGoalsAndAnyTherapistReadsThem() {
		String id = add(goal("SHORT_TERM", END));
		String other = staff.newTherapist().token();
		clinic.get(other, goals()).expectStatus().isOk();
		clinic.post(other, goals(), goal("SHORT_TERM", END)).expectStatus().isForbidden();
		clinic.patch(other, goals() + "/" + id, Map.of("description", "Changed")).expectStatus().isForbidden();
		clinic.delete(other, goals() + "/" + id).expectStatus().isForbidden();
		clinic.get(staff.frontDesk(), goals()).expectStatus().isForbidden();
		clinic.post(staff.admin(), goals(), goal("SHORT_TERM", END)).expectStatus().isForbidden();
		assertThat(clinic.auditCount(patientId, "treatment-plan", "DENIED")).isEqualTo(5);
		assertThat(list().get(2).get("description").asString()).isEqualTo("Sit 60 minutes with pain at most 2/10");
	}

	@Test
	void everyReadAndChangeOfGoalsIsAudited() {
		long before = clinic.auditCount(patientId, "treatment-plan", "ALLOWED");
		list();
		String id = add(goal("SHORT_TERM", END));
		clinic.patch(therapist.token(), goals() + "/" + id, Map.of("description", "Changed")).expectStatus().isOk();
		clinic.delete(therapist.token(), goals() + "/" + id).expectStatus().isOk();
		assertThat(clinic.auditCount(patientId, "treatment-plan", "ALLOWED")).isEqualTo(before + 4);
		assertThat(jdbc.sql("""
				select string_agg(action, ',' order by id) from audit_event
				 where patient_id = :patientId and resource_id = :planId and action <> 'READ'
				""").param("patientId", patientId).param("planId", planId).query(String.class).single())
			.as("the plan's creation, then the goal's")
			.isEqualTo("CREATE,CREATE,UPDATE,STOP");
	}

	@Test
	void aGoalChangeMovesThePlansVersionOnAndAStaleIfMatchIsRefused() {
		http.post()
			.uri(goals())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body(goal("SHORT_TERM", END))
			.exchange()
			.expectStatus()
			.isCreated();
		http.post()
			.uri(goals())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body(goal("SHORT_TERM", END))
			.exchange()
			.expectStatus()
			.isEqualTo(412);
	}

	@Test
	void anUnknownGoalOrPlanIsNotFound() {
		clinic.patch(therapist.token(), goals() + "/STG9", Map.of("description", "x")).expectStatus().isNotFound();
		clinic.delete(therapist.token(), goals() + "/LTG3").expectStatus().isNotFound();
		clinic.get(therapist.token(), "/api/v1/treatment-plans/" + UUID.randomUUID() + "/goals")
			.expectStatus()
			.isNotFound();
	}

	@Test
	void progressReportsRecordGoalStatusesThroughTheModuleApi() {
		String stg = add(goal("SHORT_TERM", END));
		UUID plan = UUID.fromString(planId);
		List<GoalView> recorded = plansOfCare.recordGoalStatuses(plan,
				Map.of(stg, GoalStatus.MET, "LTG1", GoalStatus.ACTIVE), LocalDate.of(2027, 2, 4));
		assertThat(recorded).extracting(GoalView::id, GoalView::status, GoalView::statusOn)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("LTG1", GoalStatus.ACTIVE, LocalDate.of(2027, 2, 4)),
					org.assertj.core.groups.Tuple.tuple("LTG2", GoalStatus.ACTIVE, null),
					org.assertj.core.groups.Tuple.tuple(stg, GoalStatus.MET, LocalDate.of(2027, 2, 4)));
		assertThat(plansOfCare.goals(plan)).isEqualTo(recorded);
		assertThatExceptionOfType(ErrorResponseException.class)
			.isThrownBy(() -> plansOfCare.recordGoalStatuses(plan,
					Map.of("LTG2", GoalStatus.MET, stg, GoalStatus.NOT_MET), LocalDate.of(2027, 2, 14)))
			.satisfies(ex -> {
				assertThat(ex.getBody().getType().toString()).endsWith("/goal-closed");
				assertThat(ex.getBody().getProperties()).containsEntry("goalIds", List.of(stg));
			});
		assertThat(plansOfCare.goals(plan).get(1).status()).as("nothing changed").isEqualTo(GoalStatus.ACTIVE);
		assertThatExceptionOfType(ErrorResponseException.class).isThrownBy(
				() -> plansOfCare.recordGoalStatuses(plan, Map.of("STG7", GoalStatus.MET), LocalDate.of(2027, 2, 14)))
			.satisfies(ex -> assertThat(ex.getBody().getType().toString()).endsWith("/goal-statuses-incomplete"));
	}

	@Test
	void theDatabaseHoldsTheGoalRules() {
		String id = add(goal("SHORT_TERM", END));
		UUID plan = UUID.fromString(planId);
		assertRefusedBy("treatment_plan_goal_measure_in_range", () -> rawUpdate(plan, id, "measure_baseline = 11"));
		assertRefusedBy("treatment_plan_goal_measure_direction", () -> rawUpdate(plan, id, "measure_target = 7"));
		assertRefusedBy("treatment_plan_goal_measure_details",
				() -> rawUpdate(plan, id, "measure_kind = 'OTHER', measure_instrument = null"));
		assertRefusedBy("treatment_plan_goal_status_dated", () -> rawUpdate(plan, id, "status = 'MET'"));
		assertRefusedBy("treatment_plan_goal_description_length",
				() -> rawUpdate(plan, id, "description = repeat('x', 1001)"));
		assertRefusedBy("treatment_plan_goal_short_term_measurable", () -> rawUpdate(plan, id, "target_date = null"));
		assertRefusedBy("treatment_plan_goal_id_never_changes",
				() -> owner.jdbc()
					.sql("update treatment_plan_goal set number = 5 where plan_id = :plan and goal_id = :id")
					.param("plan", plan)
					.param("id", id)
					.update());
		rawUpdate(plan, id, "status = 'MET', status_on = date '2027-02-01'");
		assertRefusedBy("treatment_plan_goal_closed_never_changes",
				() -> rawUpdate(plan, id, "status = 'ACTIVE', status_on = null"));
	}

	private void rawUpdate(UUID plan, String goalId, String set) {
		jdbc.sql("update treatment_plan_goal set " + set + " where plan_id = :plan and goal_id = :id")
			.param("plan", plan)
			.param("id", goalId)
			.update();
	}

	private static void assertRefusedBy(String constraint, Runnable statement) {
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(statement::run)
			.satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex)).contains(constraint));
	}

	private String add(Map<String, Object> body) {
		return clinic.post(therapist.token(), goals(), body)
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
	}

	private void assertAccepted(Map<String, Object> measure) {
		Map<String, Object> body = goal("SHORT_TERM", END);
		body.put("measure", measure);
		clinic.post(therapist.token(), goals(), body).expectStatus().isCreated();
	}

	private void assertRefusedMeasure(Map<String, Object> measure, String field) {
		Map<String, Object> body = goal("SHORT_TERM", END);
		body.put("measure", measure);
		assertRefused(body, field);
	}

	private void assertRefused(Map<String, Object> body, String field) {
		clinic.post(therapist.token(), goals(), body)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	private void assertPatchRefused(String goalId, String json, String field) {
		http.patch()
			.uri(goals() + "/" + goalId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.contentType(org.springframework.http.MediaType.valueOf("application/merge-patch+json"))
			.body(json)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	private JsonNode list() {
		return clinic.get(therapist.token(), goals())
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private String plan(List<Map<String, Object>> goals) {
		Map<String, Object> body = ClinicalFixtures.plan(therapist.therapistId(), null);
		body.put("startDate", START);
		body.put("goals", goals);
		return clinic.post(therapist.token(), "/api/v1/patients/" + patientId + "/treatment-plans", body)
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
	}

	private String goals() {
		return "/api/v1/treatment-plans/" + planId + "/goals";
	}

}
