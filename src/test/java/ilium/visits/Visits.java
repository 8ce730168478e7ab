package ilium.visits;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.patients.Patients;
import ilium.scheduling.Appointments;
import ilium.treatment.ClinicalFixtures;
import tools.jackson.databind.JsonNode;

/**
 * The visits module's fixture: calls the visit-note endpoints (HTTP) and makes the rows a
 * visit note needs from their owners' fixtures: patients ({@link Patients}), appointments
 * in the past ({@link Appointments}) and plans ({@link ClinicalFixtures}); the plan and
 * appointment methods here only name those, for the tests written against this class.
 */
public final class Visits {

	private static final AtomicInteger sequence = new AtomicInteger();

	private final JdbcClient jdbc;

	private final RestTestClient http;

	private final Patients patients;

	private final Appointments appointments;

	private final ClinicalFixtures plans;

	public Visits(JdbcClient jdbc, RestTestClient http) {
		this.jdbc = jdbc;
		this.http = http;
		this.patients = new Patients(jdbc);
		this.appointments = new Appointments(jdbc);
		this.plans = new ClinicalFixtures(http, jdbc);
	}

	/** A new patient, from {@link Patients}. */
	public UUID patient() {
		return patients.newPatient();
	}

	/** A checked-in appointment of a new patient with this therapist, in the past. */
	Appointment appointment(UUID therapistId) {
		return appointment(therapistId, "CHECKED_IN");
	}

	Appointment appointment(UUID therapistId, String status) {
		UUID patientId = patient();
		// Each appointment an hour earlier than the last, so one therapist's visits never
		// overlap.
		Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(sequence.incrementAndGet(), ChronoUnit.HOURS);
		return new Appointment(appointments.appointment(patientId, therapistId, start, 45, "FOLLOW_UP", status, false),
				patientId);
	}

	/**
	 * A checked-in 45-minute appointment of this type, for the patient with this
	 * therapist, starting at {@code start} (from {@link Appointments}).
	 */
	public UUID appointmentOn(UUID patientId, UUID therapistId, String type, Instant start) {
		return appointments.checkedIn(patientId, therapistId, type, start);
	}

	/** {@link ClinicalFixtures#draftPlan(UUID, UUID)}. */
	public UUID draftPlan(UUID patientId, UUID therapistId) {
		return plans.draftPlan(patientId, therapistId);
	}

	/** {@link ClinicalFixtures#draftPlan(UUID, UUID, LocalDate, int)}. */
	public UUID draftPlan(UUID patientId, UUID therapistId, LocalDate startDate, int durationWeeks) {
		return plans.draftPlan(patientId, therapistId, startDate, durationWeeks);
	}

	/** {@link ClinicalFixtures#activePlan(UUID, UUID)}. */
	public UUID activePlan(UUID patientId, UUID therapistId) {
		return plans.activePlan(patientId, therapistId);
	}

	/** {@link ClinicalFixtures#activePlan(UUID, UUID, LocalDate, int)}. */
	public UUID activePlan(UUID patientId, UUID therapistId, LocalDate startDate, int durationWeeks) {
		return plans.activePlan(patientId, therapistId, startDate, durationWeeks);
	}

	/** {@link ClinicalFixtures#movePlan(UUID, String, Instant)}. */
	public void movePlan(UUID planId, String status, Instant at) {
		plans.movePlan(planId, status, at);
	}

	/** {@link ClinicalFixtures#withoutPlanOfCare(UUID)}. */
	void withoutPlanOfCare(UUID planId) {
		plans.withoutPlanOfCare(planId);
	}

	/** A complete SOAP note body with one graded and one ungraded technique. */
	static Map<String, Object> completeNote() {
		return Map.of("subjective", "Right buttock pain 6/10 after sitting, less in the morning.", "objective",
				"Thigh thrust and compression positive on the right; ASLR 2/5 right.", "assessment",
				"Findings support right SI joint pain; responding to care.", "plan",
				"Continue stabilisation; review belt use next visit.", "painBefore", 6, "painAfter", 3,
				"exercisesPerformed",
				java.util.List.of(Map.of("name", "Back bridge", "sets", 2, "reps", 10, "holdSeconds", 5)),
				"manualTherapy",
				java.util.List.of(
						Map.of("technique", "JOINT_MOBILIZATION", "region", "SACROILIAC_JOINT", "side", "RIGHT",
								"grade", 3, "minutes", 8, "patientResponse", "Pain eased to 3/10"),
						Map.of("technique", "SOFT_TISSUE_MOBILIZATION", "region", "THIGH", "side", "RIGHT", "minutes",
								10)));
	}

	RestTestClient.ResponseSpec open(String token, UUID appointmentId, Object body) {
		return http.post()
			.uri("/api/v1/appointments/{id}/visit-note", appointmentId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	/** Opens a note and answers its id. */
	public UUID opened(String token, UUID appointmentId, Object body) {
		JsonNode note = open(token, appointmentId, body).expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		return UUID.fromString(note.get("id").asString());
	}

	RestTestClient.ResponseSpec read(String token, UUID noteId) {
		return http.get()
			.uri("/api/v1/visit-notes/{id}", noteId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange();
	}

	RestTestClient.ResponseSpec revise(String token, UUID noteId, Object body) {
		return http.put()
			.uri("/api/v1/visit-notes/{id}", noteId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	public RestTestClient.ResponseSpec sign(String token, UUID noteId) {
		return http.post()
			.uri("/api/v1/visit-notes/{id}/sign", noteId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange();
	}

	RestTestClient.ResponseSpec addAddendum(String token, UUID noteId, String text) {
		return http.post()
			.uri("/api/v1/visit-notes/{id}/addenda", noteId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("text", text))
			.exchange();
	}

	/** Opens a complete note and signs it; answers its id. */
	UUID signedNote(String token, UUID appointmentId) {
		UUID noteId = opened(token, appointmentId, completeNote());
		sign(token, noteId).expectStatus().isOk();
		return noteId;
	}

	/** A note body that treats nothing: it documents the visit (and a referral). */
	static Map<String, Object> noteWithoutTreatment() {
		return Map.of("subjective", "New numbness in the saddle area since yesterday.", "objective",
				"Reduced sensation S3-S5 on pin-prick; no manual therapy given.", "assessment",
				"Suspected cauda equina syndrome.", "plan", "Sent to the emergency department today.");
	}

	/** A complete note with one manual-therapy entry and nothing else done. */
	static Map<String, Object> noteWith(Map<String, Object> manualTherapy) {
		Map<String, Object> body = new java.util.HashMap<>(noteWithoutTreatment());
		body.put("manualTherapy", java.util.List.of(manualTherapy));
		return body;
	}

	/** A grade 5 manipulation of the right sacroiliac joint. */
	static Map<String, Object> manipulation(int minutes) {
		return Map.of("technique", "MANIPULATION", "region", "SACROILIAC_JOINT", "side", "RIGHT", "grade", 5, "minutes",
				minutes);
	}

	/** Screens the patient with these answers true; answers the screening's id. */
	UUID screened(String token, UUID patientId, String... yes) {
		Map<String, Object> answers = new java.util.HashMap<>();
		for (String question : java.util.List.of("fever", "lowBackOrButtockPain", "deepThighPain", "difficultyWalking",
				"saddleAnesthesia", "bladderOrBowelDysfunction", "progressiveNeurologicalDeficit", "historyOfCancer",
				"unexplainedWeightLoss", "majorTrauma", "immunosuppressionOrIvDrugUse")) {
			answers.put(question, java.util.List.of(yes).contains(question));
		}
		JsonNode screening = http.post()
			.uri("/api/v1/patients/{id}/screenings", patientId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(answers)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		return UUID.fromString(screening.get("id").asString());
	}

	/** Records a physician's clearance of the screening, today (clinic time). */
	void cleared(String token, UUID patientId, UUID screeningId) {
		http.post()
			.uri("/api/v1/patients/{id}/screenings/{sid}/clearance", patientId, screeningId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("clearedBy", "Dr. Ruth Alvarez", "clearedOn", LocalDate.now(ilium.Clinic.ZONE).toString()))
			.exchange()
			.expectStatus()
			.isOk();
	}

	/** How many notes the appointment has, straight from the table. */
	long notesOf(UUID appointmentId) {
		return jdbc.sql("select count(*) from visit_note where appointment_id = :id")
			.param("id", appointmentId)
			.query(Long.class)
			.single();
	}

	record Appointment(UUID id, UUID patientId) {
	}

}
