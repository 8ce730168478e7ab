package ilium.therapists;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code therapist_working_hours}.
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

}
