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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;
import ilium.Staff.SignedInTherapist;
import ilium.billing.CptCode;
import ilium.shared.DatabaseConstraint;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The plan of care on a treatment plan (EPISODE.md "Data"; Pub. 100-02 ch. 15 §220.1.2).
 */
@HttpTest
class PlanOfCareTests {

	/** The NPI the CMS uses to show the check digit. */
	static final String VALID_NPI = "1234567893";

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	@Autowired
	PlansOfCare plansOfCare;

	ClinicalFixtures clinic;

	SignedInTherapist therapist;

	UUID patientId;

	@BeforeEach
	void setUp() {
		clinic = new ClinicalFixtures(http, jdbc);
		therapist = staff.newTherapist();
		patientId = clinic.newPatient();
	}

	/**
	 * A plan of care body: Medicare Part B, a referral, 97110 and 97140, 2×/week, 6
	 * weeks.
	 */
	static Map<String, Object> planOfCare() {
		Map<String, Object> body = new HashMap<>();
		body.put("payerProfile", "MEDICARE_PART_B");
		body.put("referral", new HashMap<>(Map.of("practitionerName", "Dr. Ada Lee", "npi", VALID_NPI, "orderDate",
				"2026-12-28", "orderOnFile", true)));
		body.put("plannedServices", List.of("97140", "97110"));
		body.put("visitsPerWeek", 2);
		body.put("durationWeeks", 6);
		return body;
	}

	@Test
	void thePlansTherapistPutsThePlanOfCareAndEveryReadOfThePlanShowsIt() {
		String id = plan("2027-01-04");
		Map<String, Object> body = planOfCare();
		body.put("visitsPerWeek", 3);
		body.put("durationWeeks", 8);
		clinic.put(therapist.token(), planOfCare(id), body)
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("ETag", "\"1\"")
			.expectBody()
			.jsonPath("$.payerProfile")
			.isEqualTo("MEDICARE_PART_B")
			.jsonPath("$.plannedServices")
			.isEqualTo(List.of("97110", "97140"))
			.jsonPath("$.visitsPerWeek")
			.isEqualTo(3)
			.jsonPath("$.durationWeeks")
			.isEqualTo(8)
			.jsonPath("$.planEndDate")
			.isEqualTo("2027-02-28");
		JsonNode plan = read(id);
		assertThat(plan.get("payerProfile").asString()).isEqualTo("MEDICARE_PART_B");
		assertThat(plan.get("referral").get("practitionerName").asString()).isEqualTo("Dr. Ada Lee");
		assertThat(plan.get("referral").get("npi").asString()).isEqualTo(VALID_NPI);
		assertThat(plan.get("referral").get("orderDate").asString()).isEqualTo("2026-12-28");
		assertThat(plan.get("referral").get("orderOnFile").asBoolean()).isTrue();
		assertThat(plan.has("planOfCare")).isFalse();
		clinic.get(therapist.token(), "/api/v1/patients/" + patientId + "/treatment-plans")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[0].plannedServices[1]")
			.isEqualTo("97140");
	}

	@Test
	void aPlanWithoutPlanOfCareShowsNoneAndItsEndDate() {
		JsonNode plan = read(plan("2027-01-04"));
		assertThat(plan.get("payerProfile").isNull()).isTrue();
		assertThat(plan.get("referral").isNull()).isTrue();
		assertThat(plan.get("plannedServices")).isEmpty();
		// C1: a plan from 2027-01-04 for 6 weeks ends on 2027-02-14.
		assertThat(plan.get("planEndDate").asString()).isEqualTo("2027-02-14");
	}

	@Test
	void theReferralIsOptionalAndAPutReplacesTheWholePlanOfCare() {
		String id = plan("2027-01-04");
		clinic.put(therapist.token(), planOfCare(id), planOfCare()).expectStatus().isOk();
		Map<String, Object> body = planOfCare();
		body.remove("referral");
		body.put("payerProfile", "SELF_PAY");
		body.put("plannedServices", List.of("97164"));
		clinic.put(therapist.token(), planOfCare(id), body)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.referral")
			.isEmpty()
			.jsonPath("$.payerProfile")
			.isEqualTo("SELF_PAY")
			.jsonPath("$.plannedServices")
			.isEqualTo(List.of("97164"));
	}

	@Test
	void plannedServicesAreTimedCodesOr97164() {
		String id = plan("2027-01-04");
		for (String untimed : new String[] { "97161", "97162", "97163" }) {
			assertRefusedField(id, withServices(List.of("97110", untimed)), "plannedServices");
		}
		Map<String, Object> unknown = withServices(List.of("99999"));
		clinic.put(therapist.token(), planOfCare(id), unknown)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("plannedServices[0]")
			.jsonPath("$.errors[0].message")
			.value(message -> assertThat(message.toString()).contains("97110").doesNotContain("THERAPEUTIC"));
		for (String code : new String[] { "97035", "97110", "97112", "97116", "97140", "97164", "97530", "97535" }) {
			clinic.put(therapist.token(), planOfCare(id), withServices(List.of(code))).expectStatus().isOk();
		}
	}

	@Test
	void plannedServicesAreDistinctAndNotEmpty() {
		String id = plan("2027-01-04");
		assertRefusedField(id, withServices(List.of("97110", "97140", "97110")), "plannedServices");
		assertRefusedField(id, withServices(List.of()), "plannedServices");
	}

	@Test
	void refusesAnUnknownOrMissingPayerProfileAndFrequencyOutOfRange() {
		String id = plan("2027-01-04");
		Map<String, Object> body = planOfCare();
		body.put("payerProfile", "MEDICAID");
		assertRefusedField(id, body, "payerProfile");
		body.remove("payerProfile");
		assertRefusedField(id, body, "payerProfile");
		body = planOfCare();
		body.put("visitsPerWeek", 8);
		assertRefusedField(id, body, "visitsPerWeek");
		body = planOfCare();
		body.put("durationWeeks", 0);
		assertRefusedField(id, body, "durationWeeks");
	}

	@Test
	void theReferralNamesItsPractitionerAValidNpiItsOrderDateAndWhetherTheOrderIsOnFile() {
		String id = plan("2027-01-04");
		for (String wrong : new String[] { "1234567890", "123456789", "12345678a3" }) {
			assertRefusedField(id, withReferral("npi", wrong), "referral.npi");
		}
		assertRefusedField(id, withReferral("npi", null), "referral.npi");
		assertRefusedField(id, withReferral("orderDate", null), "referral.orderDate");
		assertRefusedField(id, withReferral("orderOnFile", null), "referral.orderOnFile");
		assertRefusedField(id, withReferral("practitionerName", " "), "referral.practitionerName");
	}

	@Test
	void onlyThePlansTherapistPutsThePlanOfCareAndRefusalsAreAudited() {
		String id = plan("2027-01-04");
		clinic.put(staff.newTherapist().token(), planOfCare(id), planOfCare()).expectStatus().isForbidden();
		clinic.put(staff.frontDesk(), planOfCare(id), planOfCare()).expectStatus().isForbidden();
		clinic.put(staff.admin(), planOfCare(id), planOfCare()).expectStatus().isForbidden();
		assertThat(clinic.auditCount(patientId, "treatment-plan", "DENIED")).isEqualTo(3);
		assertThat(read(id).get("payerProfile").isNull()).isTrue();
	}

	@Test
	void aPutIsAuditedAsAChangeOfThePlan() {
		String id = plan("2027-01-04");
		long before = clinic.auditCount(patientId, "treatment-plan", "ALLOWED");
		clinic.put(therapist.token(), planOfCare(id), planOfCare()).expectStatus().isOk();
		assertThat(clinic.auditCount(patientId, "treatment-plan", "ALLOWED")).isEqualTo(before + 1);
		assertThat(jdbc.sql("""
				select count(*) from audit_event
				 where patient_id = :patientId and resource_id = :id and action = 'UPDATE' and outcome = 'ALLOWED'
				""").param("patientId", patientId).param("id", id).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aClosedPlanGetsNoPlanOfCare() {
		String id = plan("2027-01-04");
		clinic.post(therapist.token(), "/api/v1/treatment-plans/" + id + "/discontinue", Map.of("reason", "Moved"))
			.expectStatus()
			.isOk();
		clinic.put(therapist.token(), planOfCare(id), planOfCare())
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/plan-closed");
	}

	@Test
	void aStaleIfMatchIsRefused() {
		String id = plan("2027-01-04");
		http.put()
			.uri(planOfCare(id))
			.header("Authorization", "Bearer " + therapist.token())
			.header("If-Match", "\"7\"")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body(planOfCare())
			.exchange()
			.expectStatus()
			.isEqualTo(412);
	}

	@Test
	void theDatabaseHoldsThePlanOfCareRules() {
		UUID id = UUID.fromString(plan("2027-01-04"));
		assertRefusedBy("treatment_plan_planned_services_known",
				() -> rawUpdate(id, "payer_profile = 'SELF_PAY', planned_services = '{97110,97161}'"));
		assertRefusedBy("treatment_plan_planned_services_distinct",
				() -> rawUpdate(id, "payer_profile = 'SELF_PAY', planned_services = '{97110,97110}'"));
		assertRefusedBy("treatment_plan_plan_of_care_complete", () -> rawUpdate(id, "payer_profile = 'SELF_PAY'"));
		assertRefusedBy("treatment_plan_payer_profile_known",
				() -> rawUpdate(id, "payer_profile = 'MEDICAID', planned_services = '{97110}'"));
		assertRefusedBy("treatment_plan_referral_npi_valid",
				() -> rawUpdate(id,
						"payer_profile = 'SELF_PAY', planned_services = '{97110}', "
								+ "referral_practitioner_name = 'Dr. Lee', referral_npi = '1234567890', "
								+ "referral_order_date = date '2027-01-01', referral_order_on_file = true"));
		assertRefusedBy("treatment_plan_referral_complete", () -> rawUpdate(id,
				"payer_profile = 'SELF_PAY', planned_services = '{97110}', referral_npi = '" + VALID_NPI + "'"));
	}

	@Test
	void otherModulesReadThePlanOfCare() {
		String id = plan("2027-01-04");
		clinic.put(therapist.token(), planOfCare(id), planOfCare()).expectStatus().isOk();
		assertThat(plansOfCare.of(UUID.fromString(id))).hasValueSatisfying(planOfCare -> {
			assertThat(planOfCare.payerProfile()).isEqualTo(PayerProfile.MEDICARE_PART_B);
			assertThat(planOfCare.plannedServices()).containsExactly(CptCode.THERAPEUTIC_EXERCISE,
					CptCode.MANUAL_THERAPY);
			assertThat(planOfCare.startDate()).isEqualTo(LocalDate.of(2027, 1, 4));
			assertThat(planOfCare.planEndDate()).isEqualTo(LocalDate.of(2027, 2, 14));
			assertThat(planOfCare.visitsPerWeek()).isEqualTo(2);
			assertThat(planOfCare.durationWeeks()).isEqualTo(6);
			assertThat(planOfCare.diagnosisCode()).isEqualTo("M53.3");
			assertThat(planOfCare.referral())
				.isEqualTo(new Referral("Dr. Ada Lee", VALID_NPI, LocalDate.of(2026, 12, 28), true));
			assertThat(planOfCare.covers(LocalDate.of(2027, 2, 14))).isTrue();
			assertThat(planOfCare.covers(LocalDate.of(2027, 2, 15))).isFalse();
		});
		assertThat(plansOfCare.of(UUID.randomUUID())).isEmpty();
	}

	@Test
	void aPlanIsReadyForCertificationWithPayerProfilePlannedServicesAndAMeasurableActiveLongTermGoal() {
		UUID id = UUID.fromString(plan("2027-01-04"));
		assertThat(plansOfCare.missingForCertification(id)).containsExactly("payerProfile", "plannedServices", "goals");
		clinic.put(therapist.token(), planOfCare(id.toString()), planOfCare()).expectStatus().isOk();
		assertThat(plansOfCare.missingForCertification(id)).containsExactly("goals");
		addGoal(id, "SHORT_TERM");
		assertThat(plansOfCare.missingForCertification(id)).as("a short-term goal is not enough")
			.containsExactly("goals");
		String longTerm = addGoal(id, "LONG_TERM");
		assertThat(plansOfCare.missingForCertification(id)).isEmpty();
		clinic.delete(therapist.token(), "/api/v1/treatment-plans/" + id + "/goals/" + longTerm).expectStatus().isOk();
		assertThat(plansOfCare.missingForCertification(id)).as("a discontinued goal does not count")
			.containsExactly("goals");
	}

	private String addGoal(UUID planId, String term) {
		return clinic
			.post(therapist.token(), "/api/v1/treatment-plans/" + planId + "/goals", GoalTests.goal(term, "2027-02-01"))
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
	}

	private static Map<String, Object> withServices(List<String> services) {
		Map<String, Object> body = planOfCare();
		body.put("plannedServices", services);
		return body;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> withReferral(String field, Object value) {
		Map<String, Object> body = planOfCare();
		((Map<String, Object>) body.get("referral")).put(field, value);
		return body;
	}

	private void assertRefusedField(String planId, Map<String, Object> body, String field) {
		clinic.put(therapist.token(), planOfCare(planId), body)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	private void rawUpdate(UUID planId, String set) {
		jdbc.sql("update treatment_plan set " + set + " where id = :id").param("id", planId).update();
	}

	private static void assertRefusedBy(String constraint, Runnable statement) {
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(statement::run)
			.satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex)).contains(constraint));
	}

	private String plan(String startDate) {
		Map<String, Object> body = ClinicalFixtures.plan(therapist.therapistId(), null);
		body.put("startDate", startDate);
		return clinic.post(therapist.token(), "/api/v1/patients/" + patientId + "/treatment-plans", body)
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
	}

	private JsonNode read(String planId) {
		return clinic.get(therapist.token(), "/api/v1/treatment-plans/" + planId)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private static String planOfCare(String planId) {
		return "/api/v1/treatment-plans/" + planId + "/plan-of-care";
	}

}
