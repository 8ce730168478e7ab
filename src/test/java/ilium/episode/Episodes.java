package ilium.episode;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.Clinic;
import ilium.Staff.SignedInTherapist;
import ilium.patients.Patients;
import ilium.scheduling.Appointments;
import ilium.treatment.ClinicalFixtures;
import ilium.visits.ServiceNotes.Visit;
import ilium.visits.Visits;
import tools.jackson.databind.JsonNode;

import static ilium.visits.ServiceNotes.line;
import static ilium.visits.ServiceNotes.lines;
import static ilium.visits.ServiceNotes.note;

/**
 * The episode module's fixture. Episodes of care for the clock tests, over HTTP where the
 * API can: a Medicare plan from a given day ({@link ClinicalFixtures}), ready for
 * certification (a measurable long-term goal), and treatment days made of signed notes
 * billing 97110 for 15 minutes (one unit) on the days asked for. For tests that complete
 * a plan (EPISODE.md R11): the signed discharge summary, through the API or, for plans
 * closed in SQL, as a row of this module's {@code episode_document}.
 */
public final class Episodes {

	static final String PROBLEMS = "https://ilium.example/problems/";

	/** EPISODE.md's example episode: D0 is Monday 2027-01-04. */
	static final LocalDate D0 = LocalDate.of(2027, 1, 4);

	private final RestTestClient http;

	private final Visits visits;

	private final Patients patients;

	private final ClinicalFixtures plans;

	private final Appointments appointments;

	private final SignedInTherapist therapist;

	/** The therapist's visits booked per day, one an hour from 08:00, so none overlap. */
	private final Map<LocalDate, Integer> hoursTaken = new HashMap<>();

	public Episodes(RestTestClient http, JdbcClient jdbc, SignedInTherapist therapist) {
		this.http = http;
		this.visits = new Visits(jdbc, http);
		this.patients = new Patients(jdbc);
		this.plans = new ClinicalFixtures(http, jdbc);
		this.appointments = new Appointments(jdbc);
		this.therapist = therapist;
	}

	/** A new patient's ACTIVE Medicare plan from {@code start} for that many weeks. */
	public Episode plan(LocalDate start, int weeks) {
		UUID patientId = patients.newPatient();
		UUID planId = plans.activePlan(patientId, therapist.therapistId(), start, weeks);
		Map<String, Object> goal = new HashMap<>();
		goal.put("term", "LONG_TERM");
		goal.put("description", "Sit 60 minutes with pain at most 2/10");
		goal.put("measure", Map.of("kind", "OUTCOME_INSTRUMENT", "instrument", "NPRS", "baseline", 6, "target", 2,
				"comparator", "AT_MOST"));
		goal.put("targetDate", start.plusWeeks(weeks).minusDays(1).toString());
		http.post()
			.uri("/api/v1/treatment-plans/{id}/goals", planId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.contentType(MediaType.APPLICATION_JSON)
			.body(goal)
			.exchange()
			.expectStatus()
			.isCreated();
		return new Episode(patientId, planId);
	}

	/** A 6-week plan from {@link #D0}, its episode started by a treatment day on D0. */
	Episode started() {
		Episode episode = plan(D0, 6);
		treat(episode, D0);
		return episode;
	}

	/** Treatment days on each of {@code dates}: a signed note billing 97110 × 1. */
	public void treat(Episode episode, LocalDate... dates) {
		for (LocalDate date : dates) {
			UUID appointmentId = appointments.checkedIn(episode.patientId(), therapist.therapistId(), "FOLLOW_UP",
					Clinic.at(date, "07:00").plus(hoursTaken.merge(date, 1, Integer::sum), ChronoUnit.HOURS));
			UUID noteId = visits.opened(therapist.token(), appointmentId,
					note(new Visit(episode.patientId(), episode.planId(), appointmentId), "services",
							lines(line("97110", 15)), "totalTreatmentMinutes", 15));
			visits.sign(therapist.token(), noteId).expectStatus().isOk();
		}
	}

	/**
	 * The flags of the patient's billing day on {@code date}, as the therapist reads
	 * them.
	 */
	List<String> flags(Episode episode, String date) {
		JsonNode days = body(http.get()
			.uri("/api/v1/patients/{id}/billing-days?from={d}&to={d}", episode.patientId(), date, date)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + therapist.token())
			.exchange()
			.expectStatus()
			.isOk());
		return days.get(0).get("flags").valueStream().map(JsonNode::asString).toList();
	}

	static JsonNode body(RestTestClient.ResponseSpec response) {
		return response.expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	static void refused(RestTestClient.ResponseSpec response, int status, String slug) {
		response.expectStatus().isEqualTo(status).expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + slug);
	}

	/**
	 * Every Monday and Thursday from {@code from} up to {@code to}, as in EPISODE.md's
	 * examples.
	 */
	static List<LocalDate> mondaysAndThursdays(LocalDate from, LocalDate to) {
		return from.datesUntil(to.plusDays(1))
			.filter(day -> day.getDayOfWeek() == DayOfWeek.MONDAY || day.getDayOfWeek() == DayOfWeek.THURSDAY)
			.toList();
	}

	/**
	 * For tests that close plans in SQL: the plan's signed discharge summary as a row, so
	 * PostgreSQL lets it complete (V122).
	 */
	public static void signedSummaryRow(JdbcClient jdbc, UUID planId, LocalDate dischargeDate) {
		jdbc.sql("""
				insert into episode_document (id, plan_id, kind, through_date, reason, body, status, author_id,
				                              created_at, signed_at, home_program_at_discharge)
				select :id, p.id, 'DISCHARGE_SUMMARY', :date, 'GOALS_MET', 'Goals met.', 'SIGNED', p.created_by, now(),
				       now(), '{}'::jsonb
				  from treatment_plan p
				 where p.id = :planId
				""").param("id", UUID.randomUUID()).param("planId", planId).param("date", dischargeDate).update();
	}

	/** Writes and signs the plan's discharge summary on {@code dischargeDate}. */
	public static void signedSummary(RestTestClient http, String token, Object planId, LocalDate dischargeDate) {
		JsonNode goals = http.get()
			.uri("/api/v1/treatment-plans/{id}/goals", planId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		List<Map<String, Object>> statuses = goals.valueStream()
			.filter(goal -> goal.get("status").asString().equals("ACTIVE"))
			.map(goal -> Map.<String, Object>of("goalId", goal.get("id").asString(), "status", "MET"))
			.toList();
		http.post()
			.uri("/api/v1/treatment-plans/{id}/discharge-summary", planId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("dischargeDate", dischargeDate.toString(), "reason", "GOALS_MET", "text",
					"Goals met; continues the home program.", "goalStatuses", statuses))
			.exchange()
			.expectStatus()
			.isCreated();
		http.post()
			.uri("/api/v1/treatment-plans/{id}/discharge-summary/sign", planId)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk();
	}

	/** A patient's plan. */
	public record Episode(UUID patientId, UUID planId) {
	}

}
