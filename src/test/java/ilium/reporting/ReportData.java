package ilium.reporting;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.outcomes.Outcomes;
import ilium.patients.Patients;
import ilium.scheduling.Appointments;
import ilium.therapists.Therapists;
import ilium.treatment.ClinicalFixtures;

/**
 * The reporting module's fixture (reporting owns no table): scenes for report tests in
 * clinic-local times (America/Los_Angeles), each row made by its owner's fixture with SQL
 * so that every count is known exactly and days gone by can be reported on.
 */
final class ReportData {

	static final ZoneId CLINIC = ZoneId.of("America/Los_Angeles");

	private final Therapists therapists;

	private final Patients patients;

	private final Appointments appointments;

	private final ClinicalFixtures plans;

	private final Outcomes outcomes;

	ReportData(RestTestClient http, JdbcClient jdbc) {
		this.therapists = new Therapists(jdbc);
		this.patients = new Patients(jdbc);
		this.appointments = new Appointments(jdbc);
		this.plans = new ClinicalFixtures(http, jdbc);
		this.outcomes = new Outcomes(jdbc);
	}

	UUID therapist(String lastName) {
		return therapists.newTherapist("Report", lastName);
	}

	/** Working hours on an ISO day of the week (1 = Monday), clinic time. */
	void workingHours(UUID therapist, int isoDay, String start, String end) {
		therapists.workingHours(therapist, DayOfWeek.of(isoDay), LocalTime.parse(start), LocalTime.parse(end));
	}

	UUID timeOff(UUID therapist, LocalDateTime start, LocalDateTime end) {
		return therapists.timeOff(therapist, local(start).toInstant(), local(end).toInstant());
	}

	void cancelTimeOff(UUID timeOff) {
		therapists.cancelTimeOff(timeOff);
	}

	UUID patient(Instant createdAt) {
		return patients.newPatient(createdAt);
	}

	void appointment(UUID therapist, UUID patient, LocalDateTime start, int minutes, String status, boolean late) {
		appointments.appointment(patient, therapist, local(start).toInstant(), minutes, "FOLLOW_UP", status, late);
	}

	/**
	 * A plan in {@code status}: born a DRAFT with a goal, activated at
	 * {@code activatedAt} when given, then ended at {@code endedAt}, each move in its
	 * status history.
	 */
	UUID plan(UUID patient, UUID therapist, UUID protocol, String status, Instant activatedAt, Instant endedAt) {
		return plans.planInStatus(patient, therapist, protocol, status, activatedAt, endedAt);
	}

	UUID nprs(UUID patient, UUID plan, LocalDate takenOn, int score) {
		return outcomes.nprs(patient, plan, takenOn, score);
	}

	/** A PSFS of the activities scored as their mean. */
	UUID psfs(UUID patient, UUID plan, LocalDate takenOn, Map<String, Integer> activities) {
		return outcomes.psfs(patient, plan, takenOn, activities);
	}

	/** Marks the measure entered in error, as the service does. */
	void enteredInError(UUID measure) {
		outcomes.enteredInError(measure);
	}

	static Timestamp local(LocalDateTime time) {
		return Timestamp.from(time.atZone(CLINIC).toInstant());
	}

}
