package ilium.therapists;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The therapists module's fixture: therapists, their working hours and time off, written
 * with SQL straight into this module's own tables, each therapist new and unique. Tests
 * of other modules make and change therapists here, never with SQL of their own.
 */
public final class Therapists {

	private final JdbcClient jdbc;

	public Therapists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new active therapist, Test Therapist, with no working hours. */
	public UUID newTherapist() {
		return newTherapist("Test", "Therapist");
	}

	/** A new active therapist of that name, with no working hours. */
	public UUID newTherapist(String firstName, String lastName) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into therapist (id, first_name, last_name, license_number)
				values (:id, :firstName, :lastName, :license)
				""")
			.param("id", id)
			.param("firstName", firstName)
			.param("lastName", lastName)
			.param("license", "LIC-" + id)
			.update();
		return id;
	}

	/** A new therapist working every day of the week from 08:00 to 17:00 clinic time. */
	public UUID newTherapistWorkingEveryDay() {
		UUID id = newTherapist();
		for (DayOfWeek day : DayOfWeek.values()) {
			workingHours(id, day, LocalTime.of(8, 0), LocalTime.of(17, 0));
		}
		return id;
	}

	/** Adds working hours on that day, clinic time. */
	public void workingHours(UUID therapistId, DayOfWeek day, LocalTime start, LocalTime end) {
		jdbc.sql("""
				insert into therapist_working_hours (therapist_id, day_of_week, start_time, end_time)
				values (:id, :day, :start, :end)
				""")
			.param("id", therapistId)
			.param("day", day.getValue())
			.param("start", start)
			.param("end", end)
			.update();
	}

	/** The therapist's hours on that day become these alone. */
	public void replaceWorkingHours(UUID therapistId, DayOfWeek day, LocalTime start, LocalTime end) {
		jdbc.sql("delete from therapist_working_hours where therapist_id = :id and day_of_week = :day")
			.param("id", therapistId)
			.param("day", day.getValue())
			.update();
		workingHours(therapistId, day, start, end);
	}

	/** Time off over {@code [start, end)}; answers its id. */
	public UUID timeOff(UUID therapistId, Instant start, Instant end) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into therapist_time_off (id, therapist_id, starts_at, ends_at, created_at)
				values (:id, :therapist, :start, :end, now())
				""")
			.param("id", id)
			.param("therapist", therapistId)
			.param("start", Timestamp.from(start))
			.param("end", Timestamp.from(end))
			.update();
		return id;
	}

	/** Cancels the time off, as the service does. */
	public void cancelTimeOff(UUID timeOffId) {
		jdbc.sql("update therapist_time_off set cancelled_at = now() where id = :id").param("id", timeOffId).update();
	}

	/** Retires the therapist (no longer active). */
	public void retire(UUID therapistId) {
		jdbc.sql("update therapist set active = false where id = :id").param("id", therapistId).update();
	}

	/** Gives the therapist this NPI. */
	public void npi(UUID therapistId, String npi) {
		jdbc.sql("update therapist set npi = :npi where id = :id").param("npi", npi).param("id", therapistId).update();
	}

}
