package ilium.scheduling;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic's appointment book.
 */
@Service
public class AppointmentBook {

	private final JdbcClient jdbc;

	AppointmentBook(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The appointment with this id, for modules that attach records to a visit. */
	@Transactional(readOnly = true)
	public Optional<AppointmentView> find(UUID appointmentId) {
		return jdbc.sql("""
				select id, patient_id, therapist_id, starts_at, ends_at, duration_minutes, type, status, note,
				       cancellation_reason, late_cancellation, version
				  from appointment where id = :id
				""")
			.param("id", appointmentId)
			.query((rs, row) -> new AppointmentView(rs.getObject("id", UUID.class),
					rs.getObject("patient_id", UUID.class), rs.getObject("therapist_id", UUID.class),
					rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
					rs.getInt("duration_minutes"), AppointmentType.valueOf(rs.getString("type")),
					AppointmentStatus.valueOf(rs.getString("status")), rs.getString("note"),
					rs.getString("cancellation_reason"), rs.getBoolean("late_cancellation"), rs.getLong("version")))
			.optional();
	}

}
