package ilium.scheduling;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scheduling module's fixture: appointments written with SQL straight into this
 * module's {@code appointment} table, in the past or in any status (which booking over
 * HTTP, {@code Clinic.book}, cannot make), and their moves. Tests of other modules make
 * and change appointments here, never with SQL of their own.
 */
public final class Appointments {

	private final JdbcClient jdbc;

	public Appointments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A 45-minute CHECKED_IN appointment of this type starting at {@code start}. */
	public UUID checkedIn(UUID patientId, UUID therapistId, String type, Instant start) {
		return appointment(patientId, therapistId, start, 45, type, "CHECKED_IN", false);
	}

	/**
	 * An appointment in {@code status} (a CANCELLED one with a reason and, when
	 * {@code lateCancellation}, late).
	 */
	public UUID appointment(UUID patientId, UUID therapistId, Instant start, int minutes, String type, String status,
			boolean lateCancellation) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into appointment (id, patient_id, therapist_id, starts_at, ends_at, duration_minutes, type,
				                         status, cancellation_reason, late_cancellation, created_at)
				values (:id, :patientId, :therapistId, :start, :end, :minutes, :type, :status,
				        case when :status = 'CANCELLED' then 'Patient ill' end, :late, now())
				""")
			.param("id", id)
			.param("patientId", patientId)
			.param("therapistId", therapistId)
			.param("start", Timestamp.from(start))
			.param("end", Timestamp.from(start.plus(minutes, ChronoUnit.MINUTES)))
			.param("minutes", minutes)
			.param("type", type)
			.param("status", status)
			.param("late", lateCancellation)
			.update();
		return id;
	}

	/** Checks the patient in, as the front desk does. */
	public void checkIn(UUID appointmentId) {
		jdbc.sql("update appointment set status = 'CHECKED_IN', checked_in_at = now() where id = :id")
			.param("id", appointmentId)
			.update();
	}

	/** Cancels the appointment for that reason, straight in the table. */
	public void cancel(UUID appointmentId, String reason) {
		jdbc.sql("update appointment set status = 'CANCELLED', cancellation_reason = :reason where id = :id")
			.param("reason", reason)
			.param("id", appointmentId)
			.update();
	}

	/** Gives the appointment that length, its end following. */
	public void shorten(UUID appointmentId, int minutes) {
		jdbc.sql("""
				update appointment
				   set duration_minutes = :minutes, ends_at = starts_at + make_interval(mins => :minutes)
				 where id = :id
				""").param("minutes", minutes).param("id", appointmentId).update();
	}

	/** Gives the appointment to another therapist, straight in the table. */
	public void reassign(UUID appointmentId, UUID therapistId) {
		jdbc.sql("update appointment set therapist_id = :other where id = :id")
			.param("other", therapistId)
			.param("id", appointmentId)
			.update();
	}

}
