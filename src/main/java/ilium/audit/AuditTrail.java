package ilium.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.shared.ClinicException;
import ilium.shared.ClinicProperties;
import ilium.shared.CurrentStaff;
import ilium.shared.PageQuery;
import ilium.shared.PageView;

/**
 * Writes and reads the audit trail. Writes join the caller's transaction, so a change and
 * its audit line commit or roll back together; outside one, the line commits on its own.
 * Either way a line is committed before the response to the request it records is sent,
 * so an admin sees it at once. Nothing here (or anywhere) changes or removes a line.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditEventRepository events;

	private final ClinicProperties clinic;

	AuditTrail(JdbcClient jdbc, Clock clock, AuditEventRepository events, ClinicProperties clinic) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.clinic = clinic;
	}

	/**
	 * The lines matching the search, newest first; the dates are clinic-local days.
	 */
	@Transactional(readOnly = true)
	public PageView<AuditEventView> search(AuditSearch search, PageQuery page) {
		ZoneId zone = clinic.timeZone();
		return PageView.of(events.page(search, zone, page), page, events.count(search, zone));
	}

	/** One line of the trail. */
	@Transactional(readOnly = true)
	public AuditEventView find(long id) {
		return events.find(id).orElseThrow(() -> ClinicException.notFound("audit event"));
	}

	/** Today in the clinic's time zone: the default end of a search. */
	LocalDate today() {
		return LocalDate.now(clock.withZone(clinic.timeZone()));
	}

	/** The signed-in staff member was allowed to {@code action} this record. */
	@Transactional
	public void allowed(AuditAction action, AuditResource resourceType, @Nullable Object resourceId,
			@Nullable UUID patientId) {
		record(AuditRecord.by(CurrentStaff.require(), action, resourceType, resourceId, patientId,
				AuditOutcome.ALLOWED));
	}

	/** Writes one line of the trail as given. */
	@Transactional
	public void record(AuditRecord record) {
		jdbc.sql("""
				insert into audit_event (at, user_id, username, role, action, resource_type, resource_id,
				                         patient_id, outcome)
				values (:at, :userId, :username, :role, :action, :resourceType, :resourceId, :patientId, :outcome)
				""")
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.param("userId", record.userId())
			.param("username", record.username())
			.param("role", record.role())
			.param("action", record.action().name())
			.param("resourceType", record.resourceType().word())
			.param("resourceId", record.resourceId())
			.param("patientId", record.patientId())
			.param("outcome", record.outcome().name())
			.update();
	}

}
