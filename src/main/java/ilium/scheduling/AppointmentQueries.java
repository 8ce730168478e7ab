package ilium.scheduling;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ilium.shared.PageQuery;

/**
 * Reads over many appointments: the filtered list and a therapist's busy times.
 */
@Repository
class AppointmentQueries {

	private static final String LIST = """
			select * from appointment
			 where starts_at >= :from and starts_at < :to
			   and (cast(:therapistId as uuid) is null or therapist_id = :therapistId)
			   and (cast(:patientId as uuid) is null or patient_id = :patientId)
			   and (cast(:status as varchar) is null or status = :status)
			 order by starts_at, id limit :limit offset :offset""";

	private static final String COUNT = """
			select count(*) from appointment
			 where starts_at >= :from and starts_at < :to
			   and (cast(:therapistId as uuid) is null or therapist_id = :therapistId)
			   and (cast(:patientId as uuid) is null or patient_id = :patientId)
			   and (cast(:status as varchar) is null or status = :status)""";

	private final JdbcClient jdbc;

	AppointmentQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AppointmentView> list(AppointmentFilter filter, PageQuery page) {
		return bind(jdbc.sql(LIST), filter).param("limit", page.size())
			.param("offset", page.offset())
			.query(AppointmentRepository::view)
			.list();
	}

	long count(AppointmentFilter filter) {
		return bind(jdbc.sql(COUNT), filter).query(Long.class).single();
	}

	/**
	 * The therapist's appointments that hold time (not cancelled, not no-show)
	 * overlapping {@code [from, to)}. An appointment lasts at most 180 minutes, so the
	 * start bound keeps the (therapist_id, starts_at) index scan narrow.
	 */
	List<TimeSlot> busy(UUID therapistId, Instant from, Instant to) {
		return jdbc.sql("""
				select starts_at, ends_at from appointment
				 where therapist_id = :therapistId
				   and starts_at < :to and starts_at > cast(:from as timestamptz) - interval '180 minutes'
				   and ends_at > :from and status not in ('CANCELLED', 'NO_SHOW')
				 order by starts_at
				""")
			.param("therapistId", therapistId)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, row) -> new TimeSlot(rs.getTimestamp("starts_at").toInstant(),
					rs.getTimestamp("ends_at").toInstant()))
			.list();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, AppointmentFilter filter) {
		@Nullable AppointmentStatus status = filter.status();
		return statement.param("from", Timestamp.from(filter.from()))
			.param("to", Timestamp.from(filter.to()))
			.param("therapistId", filter.therapistId())
			.param("patientId", filter.patientId())
			.param("status", status == null ? null : status.name());
	}

}
