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
import ilium.visits.ServiceNotes.Visit;
import ilium.visits.Visits;

import static ilium.visits.ServiceNotes.line;
import static ilium.visits.ServiceNotes.lines;
import static ilium.visits.ServiceNotes.note;

/**
 * Episodes of care for the clock tests: a Medicare plan from a given day, ready for
 * certification (a measurable long-term goal), and treatment days made of signed notes
 * billing 97110 for 15 minutes (one unit) on the days asked for.
 */
final class Episodes {

	static final String PROBLEMS = "https://ilium.example/problems/";

	private final RestTestClient http;

	private final Visits visits;

	private final SignedInTherapist therapist;

	/** The therapist's visits booked per day, one an hour from 08:00, so none overlap. */
	private final Map<LocalDate, Integer> hoursTaken = new HashMap<>();

	Episodes(RestTestClient http, JdbcClient jdbc, SignedInTherapist therapist) {
		this.http = http;
		this.visits = new Visits(jdbc, http);
		this.therapist = therapist;
	}

	/** A new patient's ACTIVE Medicare plan from {@code start} for that many weeks. */
	Episode plan(LocalDate start, int weeks) {
		UUID patientId = visits.patient();
		UUID planId = visits.activePlan(patientId, therapist.therapistId(), start, weeks);
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

	/** Treatment days on each of {@code dates}: a signed note billing 97110 × 1. */
	void treat(Episode episode, LocalDate... dates) {
		for (LocalDate date : dates) {
			UUID appointmentId = visits.appointmentOn(episode.patientId(), therapist.therapistId(), "FOLLOW_UP",
					Clinic.at(date, "07:00").plus(hoursTaken.merge(date, 1, Integer::sum), ChronoUnit.HOURS));
			UUID noteId = visits.opened(therapist.token(), appointmentId,
					note(new Visit(episode.patientId(), episode.planId(), appointmentId), "services",
							lines(line("97110", 15)), "totalTreatmentMinutes", 15));
			visits.sign(therapist.token(), noteId).expectStatus().isOk();
		}
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

	/** A patient's plan. */
	record Episode(UUID patientId, UUID planId) {
	}

}
