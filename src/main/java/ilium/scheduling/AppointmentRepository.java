package ilium.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code appointment} table. Overlaps are refused by its exclusion constraints.
 */
@Repository
class AppointmentRepository {

	private final JdbcClient jdbc;

	AppointmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts unless it overlaps (the exclusion constraints arbitrate, waiting for
	 * concurrent bookings to settle); answers whether it was stored. Lets a series list
	 * every conflicting occurrence without aborting the transaction at the first.
	 */
	boolean insertUnlessOverlapping(NewAppointment appointment) {
		return bind(jdbc.sql("""
				insert into appointment (id, patient_id, therapist_id, starts_at, ends_at, duration_minutes, type,
				                         note, series_id, created_at)
				values (:id, :patientId, :therapistId, :start, :end, :duration, :type, :note, :seriesId, :createdAt)
				on conflict do nothing
				"""), appointment).update() == 1;
	}

	Optional<AppointmentView> find(UUID id) {
		return jdbc.sql("select * from appointment where id = :id")
			.param("id", id)
			.query(AppointmentRepository::view)
			.optional();
	}

	Optional<AppointmentView> lock(UUID id) {
		return jdbc.sql("select * from appointment where id = :id for update")
			.param("id", id)
			.query(AppointmentRepository::view)
			.optional();
	}

	List<AppointmentView> ofSeries(UUID seriesId) {
		return jdbc.sql("select * from appointment where series_id = :seriesId order by starts_at")
			.param("seriesId", seriesId)
			.query(AppointmentRepository::view)
			.list();
	}

	/** Moves the appointment; an overlap fails with the exclusion constraint's name. */
	void move(UUID id, UUID therapistId, Instant start, int durationMinutes) {
		jdbc.sql(
				"""
						update appointment
						   set therapist_id = :therapistId, starts_at = :start,
						       ends_at = cast(:start as timestamptz) + make_interval(mins => :duration), duration_minutes = :duration,
						       version = version + 1
						 where id = :id
						""")
			.param("id", id)
			.param("therapistId", therapistId)
			.param("start", Timestamp.from(start))
			.param("duration", durationMinutes)
			.update();
	}

	void changeStatus(UUID id, AppointmentStatus status, Instant now, @Nullable String reason, boolean late) {
		jdbc.sql("""
				update appointment
				   set status = :status, version = version + 1,
				       checked_in_at = case when :status = 'CHECKED_IN' then :now else checked_in_at end,
				       completed_at = case when :status = 'COMPLETED' then :now else completed_at end,
				       cancelled_at = case when :status = 'CANCELLED' then :now else cancelled_at end,
				       cancellation_reason = :reason, late_cancellation = :late
				 where id = :id
				""")
			.param("id", id)
			.param("status", status.name())
			.param("now", Timestamp.from(now))
			.param("reason", reason)
			.param("late", late)
			.update();
	}

	static AppointmentView view(ResultSet rs, int row) throws SQLException {
		return new AppointmentView(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
				rs.getObject("therapist_id", UUID.class), rs.getTimestamp("starts_at").toInstant(),
				rs.getTimestamp("ends_at").toInstant(), rs.getInt("duration_minutes"),
				AppointmentType.valueOf(rs.getString("type")), AppointmentStatus.valueOf(rs.getString("status")),
				rs.getString("note"), rs.getString("cancellation_reason"), rs.getBoolean("late_cancellation"),
				rs.getLong("version"));
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, NewAppointment appointment) {
		return statement.param("id", appointment.id())
			.param("patientId", appointment.patientId())
			.param("therapistId", appointment.therapistId())
			.param("start", Timestamp.from(appointment.start()))
			.param("end", Timestamp.from(appointment.end()))
			.param("duration", appointment.durationMinutes())
			.param("type", appointment.type().name())
			.param("note", appointment.note())
			.param("seriesId", appointment.seriesId())
			.param("createdAt", Timestamp.from(appointment.createdAt()));
	}

}
