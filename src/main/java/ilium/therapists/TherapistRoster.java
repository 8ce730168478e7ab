package ilium.therapists;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic's therapists.
 */
@Service
public class TherapistRoster {

	private final JdbcClient jdbc;

	TherapistRoster(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether a therapist with this id exists (active or not). */
	@Transactional(readOnly = true)
	public boolean exists(UUID therapistId) {
		return jdbc.sql("select exists (select 1 from therapist where id = :id)")
			.param("id", therapistId)
			.query(Boolean.class)
			.single();
	}

}
