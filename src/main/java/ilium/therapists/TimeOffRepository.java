package ilium.therapists;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ilium.shared.PageQuery;

/**
 * The table {@code therapist_time_off}. Rows are never deleted; a cancelled one keeps its
 * times and no longer blocks the diary.
 */
@Repository
class TimeOffRepository {

	private static final String COLUMNS = "id, therapist_id, starts_at, ends_at, reason, cancelled_at";

	private final JdbcClient jdbc;

	TimeOffRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(TimeOffView timeOff, Instant now) {
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

	Optional<TimeOffView> find(UUID therapistId, UUID timeOffId) {
		return jdbc.sql("select " + COLUMNS + """
				 from therapist_time_off where id = :id and therapist_id = :therapistId
				""").param("id", timeOffId).param("therapistId", therapistId).query(TimeOffRepository::view).optional();
	}

	/**
	 * Cancels the time off unless it already is; answers whether this call cancelled it.
	 * Two desks cancelling at once: one wins, the other finds it cancelled.
	 */
	boolean cancel(UUID therapistId, UUID timeOffId, Instant now, UUID by) {
		return jdbc.sql("""
				update therapist_time_off set cancelled_at = :now, cancelled_by = :by
				 where id = :id and therapist_id = :therapistId and cancelled_at is null
				""")
			.param("id", timeOffId)
			.param("therapistId", therapistId)
			.param("now", Timestamp.from(now))
			.param("by", by)
			.update() == 1;
	}

	/**
	 * Time off of the therapist that is not cancelled and overlaps {@code [from, to)},
	 * served by a GiST index. What blocks booking and availability.
	 */
	List<TimeOffView> blocking(UUID therapistId, Instant from, Instant to) {
		return jdbc.sql("select " + COLUMNS + """
				 from therapist_time_off
				 where therapist_id = :therapistId and tstzrange(starts_at, ends_at) && tstzrange(:from, :to)
				   and cancelled_at is null
				 order by starts_at
				""")
			.param("therapistId", therapistId)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query(TimeOffRepository::view)
			.list();
	}

	/**
	 * A page of all time off (cancelled too) overlapping {@code [from, to)}, by start.
	 */
	List<TimeOffView> overlapping(UUID therapistId, Instant from, Instant to, PageQuery page) {
		return jdbc.sql("select " + COLUMNS + """
				 from therapist_time_off
				 where therapist_id = :therapistId and tstzrange(starts_at, ends_at) && tstzrange(:from, :to)
				 order by starts_at, id limit :limit offset :offset
				""")
			.param("therapistId", therapistId)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(TimeOffRepository::view)
			.list();
	}

	long countOverlapping(UUID therapistId, Instant from, Instant to) {
		return jdbc.sql("""
				select count(*) from therapist_time_off
				 where therapist_id = :therapistId and tstzrange(starts_at, ends_at) && tstzrange(:from, :to)
				""")
			.param("therapistId", therapistId)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query(Long.class)
			.single();
	}

	private static TimeOffView view(ResultSet rs, int row) throws SQLException {
		return new TimeOffView(rs.getObject("id", UUID.class), rs.getObject("therapist_id", UUID.class),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
				rs.getString("reason"), rs.getTimestamp("cancelled_at") != null);
	}

}
