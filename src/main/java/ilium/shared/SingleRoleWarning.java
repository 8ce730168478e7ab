package ilium.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * API.md, Operations: a service whose database role owns its tables (one role migrates
 * and runs, or the runtime role is a superuser or a member of the owner) could disable
 * the triggers that keep the audit trail and signed notes unchangeable and grant itself
 * the rest. It still starts, and says so once, at start, with the fix.
 */
@Component
class SingleRoleWarning {

	private static final Logger log = LoggerFactory.getLogger(SingleRoleWarning.class);

	private final JdbcClient jdbc;

	SingleRoleWarning(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnIfTheServiceOwnsItsTables() {
		try {
			String role = jdbc.sql("""
					select current_user from pg_class c
					 where c.relnamespace = (select n.oid from pg_namespace n where n.nspname = current_schema())
					   and c.relkind in ('r', 'p')
					   and pg_has_role(current_user, c.relowner, 'MEMBER')
					 limit 1
					""").query(String.class).optional().orElse(null);
			if (role != null) {
				log.warn("The service's database role {} owns its tables, so it can rewrite the audit trail and "
						+ "signed notes (disable their triggers, grant itself UPDATE and DELETE). Fix: let Flyway "
						+ "migrate as an owner role (SPRING_FLYWAY_USER, SPRING_FLYWAY_PASSWORD) and run the "
						+ "service as a role that owns nothing (SPRING_DATASOURCE_USERNAME); see README, Operations",
						role);
			}
		}
		catch (DataAccessException ex) {
			log.warn("Could not check whether the service's database role owns its tables: {}", ex.getMessage());
		}
	}

}
