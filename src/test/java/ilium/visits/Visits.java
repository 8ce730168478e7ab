package ilium.visits;

import java.sql.Timestamp;
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

import ilium.Clinic;
import ilium.episode.Discharges;
import tools.jackson.databind.JsonNode;

/**
 * Makes the rows a visit note needs (a patient and an appointment straight in the
 * database, as V4/V5 define them: the booking endpoints are built elsewhere) and calls
 * the visit-note endpoints.
 */
public final class Visits {

	private static final AtomicInteger sequence = new AtomicInteger();

	private final JdbcClient jdbc;

	private final RestTestClient http;

	public Visits(JdbcClient jdbc, RestTestClient http) {
		this.jdbc = jdbc;
		this.http = http;
	}

	/** A new patient with a unique name. */
	public UUID patient() {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into patient (id, first_name, last_name, date_of_birth, created_at)
				values (:id, 'Visit', :lastName, :dateOfBirth, now())
				""")
			.param("id", id)
			.param("lastName", "Patient-" + id)
			.param("dateOfBirth", LocalDate.of(1970, 1, 1).plusDays(sequence.incrementAndGet()))
			.update();
		return id;
	}

	/** A checked-in appointment of a new patient with this therapist, in the past. */
	Appointment appointment(UUID therapistId) {
		return appointment(therapistId, "CHECKED_IN");
	}

	Appointment appointment(UUID therapistId, String status) {
		UUID id = UUID.randomUUID();
		UUID patientId = patient();
		// Each appointment an hour earlier than the last, so one therapist's visits never
		// overlap.
		Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(sequence.incrementAndGet(), ChronoUnit.HOURS);
		jdbc.sql("""
				insert into appointment (id, patient_id, therapist_id, starts_at, ends_at, duration_minutes, type,
				                         status, cancellation_reason, created_at)
				values (:id, :patientId, :therapistId, :start, :end, 45, 'FOLLOW_UP', :status, :reason, now())
				""")
			.param("id", id)
			.param("patientId", patientId)
			.param("therapistId", therapistId)
			.param("start", Timestamp.from(start))
			.param("end", Timestamp.from(start.plus(45, ChronoUnit.MINUTES)))
			.param("status", status)
			.param("reason", status.equals("CANCELLED") ? "Patient ill" : null, java.sql.Types.VARCHAR)
			.update();
		return new Appointment(id, patientId);
	}

	/**
	 * A checked-in 45-minute appointment of this type, for the patient with this
	 * therapist, starting at {@code start}.
	 */
	public UUID appointmentOn(UUID patientId, UUID therapistId, String type, Instant start) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into appointment (id, patient_id, therapist_id, starts_at, ends_at, duration_minutes, type,
				                         status, created_at)
				values (:id, :patientId, :therapistId, :start, :end, 45, :type, 'CHECKED_IN', now())
				""")
			.param("id", id)
			.param("patientId", patientId)
			.param("therapistId", therapistId)
			.param("start", Timestamp.from(start))
			.param("end", Timestamp.from(start.plus(45, ChronoUnit.MINUTES)))
			.param("type", type)
			.update();
		return id;
	}

	/**
	 * A DRAFT treatment plan of the patient, written straight into treatment's tables
	 * with its goal and status history, as the treatment module's triggers want it:
	 * Medicare, 2 visits a week for 6 weeks from 30 days ago, planned 97110, 97140,
	 * 97530.
	 */
	public UUID draftPlan(UUID patientId, UUID therapistId) {
		return draftPlan(patientId, therapistId, LocalDate.now(Clinic.ZONE).minusDays(30), 6);
	}

	/**
	 * As {@link #draftPlan(UUID, UUID)}, starting on {@code startDate} for that many
	 * weeks.
	 */
	public UUID draftPlan(UUID patientId, UUID therapistId, LocalDate startDate, int durationWeeks) {
		UUID planId = UUID.randomUUID();
		jdbc.sql(
				"""
						with plan as (
						    insert into treatment_plan (id, patient_id, therapist_id, diagnosis_code, visits_per_week,
						                                duration_weeks, start_date, education_topics, payer_profile, planned_services,
						                                created_at, created_by)
						    values (:id, :patientId, :therapistId, 'M53.3', 2, :weeks, :startDate, '{}', 'MEDICARE_PART_B', '{97110,97140,97530}', now(),
						            (select id from staff_account order by created_at limit 1))
						    returning id, created_by),
						goal as (
						    insert into treatment_plan_goal (plan_id, position, description)
						    select id, 1, 'Walk the dog for 30 minutes' from plan)
						insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by)
						select id, 1, 'DRAFT', now(), created_by from plan
						""")
			.param("id", planId)
			.param("patientId", patientId)
			.param("therapistId", therapistId)
			.param("startDate", startDate)
			.param("weeks", durationWeeks)
			.update();
		return planId;
	}

	/**
	 * Takes the plan's plan of care away, as on a plan made before plans of care existed.
	 */
	void withoutPlanOfCare(UUID planId) {
		jdbc.sql("update treatment_plan set payer_profile = null, planned_services = null where id = :id")
			.param("id", planId)
			.update();
	}

	/** An ACTIVE treatment plan of the patient. */
	public UUID activePlan(UUID patientId, UUID therapistId) {
		UUID planId = draftPlan(patientId, therapistId);
		movePlan(planId, "ACTIVE", Instant.now());
		return planId;
	}

	/**
	 * An ACTIVE treatment plan of the patient from {@code startDate} for that many weeks.
	 */
	public UUID activePlan(UUID patientId, UUID therapistId, LocalDate startDate, int durationWeeks) {
		UUID planId = draftPlan(patientId, therapistId, startDate, durationWeeks);
		movePlan(planId, "ACTIVE", Instant.now());
		return planId;
	}

	/**
	 * Moves the plan to {@code status} at {@code at}: ACTIVE, COMPLETED or DISCONTINUED,
	 * with its moment and history line.
	 */
	public void movePlan(UUID planId, String status, Instant at) {
		if (status.equals("COMPLETED")) {
			Discharges.signedSummaryRow(jdbc, planId, LocalDate.ofInstant(at, Clinic.ZONE));
		}
		jdbc.sql("""
				with moved as (
				    update treatment_plan
				       set status = :status,
				           activated_at = case when :status = 'ACTIVE' then :at::timestamptz else activated_at end,
				           completed_at = case when :status = 'COMPLETED' then :at::timestamptz end,
				           discontinued_at = case when :status = 'DISCONTINUED' then :at::timestamptz end,
				           discontinue_reason = case when :status = 'DISCONTINUED' then 'Moved away' end
				     where id = :id
				    returning id, created_by)
				insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by)
				select id, (select max(seq) + 1 from treatment_plan_status_history where plan_id = :id), :status,
				       :at::timestamptz, created_by
				  from moved
				""").param("id", planId).param("status", status).param("at", Timestamp.from(at)).update();
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
