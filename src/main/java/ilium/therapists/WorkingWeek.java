package ilium.therapists;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code therapist_working_hours} and {@code therapist_time_off}.
 */
@Repository
class WorkingWeek {

	private final JdbcClient jdbc;

	WorkingWeek(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<WorkingHours> hours(UUID therapistId) {
		return jdbc.sql("""
				select day_of_week, start_time, end_time from therapist_working_hours
				 where therapist_id = :therapistId order by day_of_week, start_time
				""")
			.param("therapistId", therapistId)
			.query((rs, row) -> new WorkingHours(DayOfWeek.of(rs.getInt("day_of_week")),
					rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class)))
			.list();
	}

	void replaceHours(UUID therapistId, List<WorkingHours> hours) {
		jdbc.sql("delete from therapist_working_hours where therapist_id = :therapistId")
			.param("therapistId", therapistId)
			.update();
		for (WorkingHours interval : hours) {
			jdbc.sql("""
					insert into therapist_working_hours (therapist_id, day_of_week, start_time, end_time)
					values (:therapistId, :day, :start, :end)
					""")
				.param("therapistId", therapistId)
				.param("day", interval.dayOfWeek().getValue())
				.param("start", interval.start())
				.param("end", interval.end())
				.update();
		}
	}

	void addTimeOff(TimeOffView timeOff, Instant now) {
		jdbc.sql("""
				insert into therapist_time_off (id, therapist_id, starts_at, ends_at, reason, created_at)
				values (:id, :therapistId, :start, :end, :reason, :createdAt)
				""")
			.param("id", timeOff.id())
			.param("therapistId", timeOff.therapistId())
			.param("start", Timestamp.from(timeOff.start()))
			.param("end", Timestamp.from(timeOff.end()))
			.param("reason", timeOff.reason())
			.param("createdAt", Timestamp.from(now))
			.update();
	}

	Optional<TimeOffView> timeOff(UUID therapistId, UUID timeOffId) {
		return jdbc.sql("""
				select id, therapist_id, starts_at, ends_at, reason from therapist_time_off
				 where id = :id and therapist_id = :therapistId
				""").param("id", timeOffId).param("therapistId", therapistId).query(WorkingWeek::timeOff).optional();
	}

	/**
	 * Time off of the therapist overlapping {@code [from, to)}, served by a GiST index.
	 */
	List<TimeOffView> timeOffBetween(UUID therapistId, Instant from, Instant to) {
		return jdbc.sql("""
				select id, therapist_id, starts_at, ends_at, reason from therapist_time_off
				 where therapist_id = :therapistId and tstzrange(starts_at, ends_at) && tstzrange(:from, :to)
				 order by starts_at
				""")
			.param("therapistId", therapistId)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query(WorkingWeek::timeOff)
			.list();
	}

	private static TimeOffView timeOff(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new TimeOffView(rs.getObject("id", UUID.class), rs.getObject("therapist_id", UUID.class),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
				rs.getString("reason"));
	}

}
