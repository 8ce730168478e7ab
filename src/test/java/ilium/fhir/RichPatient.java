package ilium.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import ilium.Staff;
import ilium.episode.Episodes;
import ilium.treatment.ClinicalFixtures;
import ilium.visits.Visits;

/**
 * A patient with every kind of record Ilium keeps, made through the API (appointments
 * straight in the table, as the other fixtures make them), after the demo's richest
 * patient: full demographics, a therapist with license and NPI, a clear screening, an
 * evaluation, an active plan from the seeded protocol with measurable goals, home
 * exercises, belt advice and education, visits with signed notes and manual therapy, a
 * booked and a cancelled appointment, and one measure of each instrument, one of them
 * entered in error; a referral cleared by a physician, a signed certification interval, a
 * billed follow-up, a progress report, an adherence entry and a signed discharge summary.
 */
record RichPatient(UUID patientId, UUID therapistId, String therapistToken, UUID planId, List<String> goalIds,
		List<UUID> appointmentIds, List<UUID> noteIds, List<UUID> outcomeIds, UUID enteredInError) {

	static RichPatient make(RestTestClient http, JdbcClient jdbc, Staff staff) {
		ClinicalFixtures clinical = new ClinicalFixtures(http, jdbc);
		Visits visits = new Visits(jdbc, http);
		Staff.SignedInTherapist therapist = staff.newTherapist();
		String token = therapist.token();
		String admin = staff.admin();
		clinical.patch(admin, "/api/v1/therapists/" + therapist.therapistId(), Map.of("npi", newNpi()))
			.expectStatus()
			.isOk();
		UUID patientId = register(clinical, staff.frontDesk());
		clinical.screen(token, patientId);
		LocalDate cleared = ClinicalFixtures.today();
		String referral = clinical.screen(token, patientId, "majorTrauma").get("id").asString();
		clinical
			.post(token, "/api/v1/patients/" + patientId + "/screenings/" + referral + "/clearance",
					Map.of("clearedBy", "Dr. Ada Quinn", "clearedByNpi", newNpi(), "clearedOn", cleared.toString(),
							"note", "No fracture on imaging."))
			.expectStatus()
			.isOk();
		Map<String, Object> evaluation = ClinicalFixtures.evaluation("POSITIVE", "POSITIVE", "POSITIVE", "NEGATIVE",
				"NOT_TESTED");
		evaluation.put("findings", "Right SI joint provocation cluster positive.");
		clinical.post(token, "/api/v1/patients/" + patientId + "/evaluations", evaluation).expectStatus().isCreated();
		LocalDate today = ClinicalFixtures.today();
		Map<String, Object> planOfCare = ClinicalFixtures.plan(therapist.therapistId(),
				ClinicalFixtures.SEEDED_PROTOCOL);
		planOfCare.put("startDate", today.minusDays(7).toString());
		String drafted = clinical.post(token, "/api/v1/patients/" + patientId + "/treatment-plans", planOfCare)
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
		clinical.put(token, "/api/v1/treatment-plans/" + drafted + "/plan-of-care",
				Map.of("payerProfile", "COMMERCIAL_CMS_RULE", "plannedServices", List.of("97140", "97110"),
						"visitsPerWeek", 2, "durationWeeks", 6))
			.expectStatus()
			.isOk();
		JsonNode activePlan = clinical.activate(token, drafted);
		UUID planId = UUID.fromString(drafted);
		String plan = "/api/v1/treatment-plans/" + planId;
		clinical
			.put(token, plan + "/belt-advice",
					Map.of("recommended", true, "reason", "HYPERMOBILITY", "wearingInstructions",
							"Wear it snug below the hip bones while walking.", "reviewAfterWeeks", 4))
			.expectStatus()
			.isOk();
		clinical.put(token, plan + "/education", Map.of("topics", List.of("POSTURE", "SITTING"))).expectStatus().isOk();
		List<String> goalIds = new ArrayList<>();
		goalIds.add(goal(clinical, token, plan, "SHORT_TERM", "Pain at most 3/10 after sitting", Map.of("kind",
				"OUTCOME_INSTRUMENT", "instrument", "NPRS", "baseline", 7, "target", 3, "comparator", "AT_MOST"),
				today.plusDays(14)));
		goalIds.add(goal(
				clinical, token, plan, "LONG_TERM", "Walk the dog for 30 minutes", Map.of("kind", "PSFS_ACTIVITY",
						"activityName", "Walking the dog", "baseline", 3, "target", 8, "comparator", "AT_LEAST"),
				today.plusDays(28)));
		goalIds.add(goal(clinical, token, plan, "LONG_TERM", "Sit through a meeting",
				Map.of("kind", "OTHER", "unit", "minutes", "baseline", 10, "target", 60, "comparator", "AT_LEAST"),
				today.plusDays(28)));
		List<UUID> appointments = new ArrayList<>();
		List<UUID> notes = new ArrayList<>();
		Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
		for (String type : List.of("INITIAL_EVALUATION", "FOLLOW_UP")) {
			UUID appointment = visits.appointmentOn(patientId, therapist.therapistId(), type,
					hour.minus(notes.size() + 2L, ChronoUnit.DAYS));
			UUID note = visits.opened(token, appointment, type.equals("FOLLOW_UP") ? billed(planId) : note());
			visits.sign(token, note).expectStatus().isOk();
			appointments.add(appointment);
			notes.add(note);
		}
		appointments.add(clinical.newAppointment(patientId, therapist.therapistId()));
		UUID cancelled = clinical.newAppointment(patientId, therapist.therapistId());
		clinical
			.post(staff.frontDesk(), "/api/v1/appointments/" + cancelled + "/cancel",
					Map.of("reason", "Patient has the flu"))
			.expectStatus()
			.isOk();
		appointments.add(cancelled);
		List<UUID> outcomes = new ArrayList<>();
		String takenOn = today.minusDays(1).toString();
		outcomes.add(outcome(clinical, token, patientId,
				Map.of("instrument", "NPRS", "takenOn", takenOn, "treatmentPlanId", planId, "score", 7)));
		List<Integer> odi = new ArrayList<>(List.of(2, 3, 1, 2, 3, 1, 0, 2, 1));
		odi.add(null);
		outcomes.add(outcome(clinical, token, patientId,
				Map.of("instrument", "ODI", "takenOn", takenOn, "treatmentPlanId", planId, "answers", odi)));
		List<Boolean> rmdq = new ArrayList<>(Collections.nCopies(24, false));
		rmdq.set(0, true);
		rmdq.set(5, true);
		outcomes.add(outcome(clinical, token, patientId,
				Map.of("instrument", "RMDQ", "takenOn", takenOn, "treatmentPlanId", planId, "answers", rmdq)));
		outcomes.add(outcome(clinical, token, patientId, Map.of("instrument", "PSFS", "takenOn", takenOn,
				"treatmentPlanId", planId, "activities",
				List.of(Map.of("name", "Walking the dog", "score", 3), Map.of("name", "Sitting", "score", 5)))));
		UUID wrong = outcome(clinical, token, patientId, Map.of("instrument", "NPRS", "takenOn", takenOn, "score", 2));
		clinical
			.post(token, "/api/v1/patients/" + patientId + "/outcomes/" + wrong + "/entered-in-error",
					Map.of("reason", "Scored for the wrong patient"))
			.expectStatus()
			.isOk();
		outcomes.add(wrong);
		episode(clinical, token, plan, activePlan, goalIds, outcomes.getFirst(), today);
		Episodes.signedSummary(http, token, planId, today);
		return new RichPatient(patientId, therapist.therapistId(), token, planId, goalIds, appointments, notes,
				outcomes, wrong);
	}

	private static UUID register(ClinicalFixtures clinical, String frontDesk) {
		Map<String, Object> body = new HashMap<>();
		body.put("firstName", "Maren");
		body.put("lastName", "Fhir-" + UUID.randomUUID());
		body.put("dateOfBirth", "1984-03-09");
		body.put("sex", "FEMALE");
		body.put("phone", "+1 503 555 0142");
		body.put("email", "maren@example.org");
		body.put("addressLine", "12 Alder Street");
		body.put("city", "Portland");
		body.put("postalCode", "97205");
		body.put("emergencyContactName", "Jonas Fhir");
		body.put("emergencyContactPhone", "+1 503 555 0199");
		return registered(clinical, frontDesk, body);
	}

	/** Registers a patient through the API and answers the id. */
	static UUID registered(ClinicalFixtures clinical, String frontDesk, Map<String, Object> body) {
		return UUID.fromString(clinical.post(frontDesk, "/api/v1/patients", body)
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString());
	}

	private static String goal(ClinicalFixtures clinical, String token, String plan, String term, String description,
			Map<String, Object> measure, LocalDate targetDate) {
		return clinical
			.post(token, plan + "/goals",
					Map.of("term", term, "description", description, "measure", measure, "targetDate",
							targetDate.toString()))
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
	}

	private static UUID outcome(ClinicalFixtures clinical, String token, UUID patientId, Map<String, Object> body) {
		return UUID.fromString(clinical.post(token, "/api/v1/patients/" + patientId + "/outcomes", body)
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString());
	}

	/**
	 * The plan's episode records: its first certification interval signed, a progress
	 * report and a patient's home-exercise adherence entry (the discharge summary is
	 * written last).
	 */
	private static void episode(ClinicalFixtures clinical, String token, String plan, JsonNode activePlan,
			List<String> goalIds, UUID nprs, LocalDate today) {
		clinical
			.put(token, plan + "/certifications/1", Map.of("method", "SIGNED", "signedOn", today.toString(),
					"certifierName", "Dr. Ada Quinn", "certifierNpi", newNpi()))
			.expectStatus()
			.is2xxSuccessful();
		clinical
			.post(token, plan + "/progress-reports",
					Map.of("periodEnd", today.toString(), "goalStatuses",
							List.of(Map.of("goalId", goalIds.getFirst(), "status", "ACTIVE", "current", 4)),
							"outcomeMeasureIds", List.of(nprs), "plan", "Continue stabilisation <twice> a week."))
			.expectStatus()
			.isCreated();
		clinical.post(token, plan + "/hep-adherence",
				Map.of("prescriptionId", activePlan.get("prescriptions").get(0).get("id").asString(), "reportedOn",
						today.toString(), "sessionsDone", 9, "painDuring", 2, "source", "PATIENT", "note",
						"Skipped Sunday."))
			.expectStatus()
			.isCreated();
	}

	/** A follow-up's note on the plan billing manual therapy 97140 for its 18 minutes. */
	private static Map<String, Object> billed(UUID planId) {
		Map<String, Object> body = new HashMap<>(note());
		body.put("treatmentPlanId", planId.toString());
		body.put("services", List.of(Map.of("cpt", "97140", "minutes", 18)));
		body.put("totalTreatmentMinutes", 18);
		return body;
	}

	/** A SOAP note with a graded and an ungraded manual technique. */
	private static Map<String, Object> note() {
		return Map.of("subjective", "Right buttock pain 6/10 after sitting.", "objective",
				"Thigh thrust and compression positive on the right.", "assessment", "Right SI joint pain, improving.",
				"plan", "Continue stabilisation.", "painBefore", 6, "painAfter", 3, "exercisesPerformed",
				List.of(Map.of("name", "Pelvic bridge", "sets", 3, "reps", 10, "holdSeconds", 5)), "manualTherapy",
				List.of(Map.of("technique", "JOINT_MOBILIZATION", "region", "SACROILIAC_JOINT", "side", "RIGHT",
						"grade", 3, "minutes", 8, "patientResponse", "Pain eased to 3/10"),
						Map.of("technique", "SOFT_TISSUE_MOBILIZATION", "region", "LUMBAR_SPINE", "minutes", 10)));
	}

	/** A valid NPI (Luhn over the 80840 prefix), new for each call. */
	static String newNpi() {
		String base = "1" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		String digits = "80840" + base;
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 0) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return base + (10 - sum % 10) % 10;
	}

}
