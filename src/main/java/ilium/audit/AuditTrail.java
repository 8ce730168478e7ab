package ilium.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ilium.shared.ClinicException;
import ilium.shared.ClinicProperties;
import ilium.shared.CurrentStaff;
import ilium.shared.PageQuery;
import ilium.shared.PageView;

/**
 * Writes and reads the audit trail. A change's line is part of the change's transaction;
 * a read's line is written after the read, together with the lines of concurrent reads
 * ({@link #record}). Either way a line is durable before the response to the request it
 * records is sent, so no served record goes unaudited and an admin sees it at once.
 * Nothing here (or anywhere) changes or removes a line.
 */
@Service
public class AuditTrail {

	private final Clock clock;

	private final AuditEventRepository events;

	private final ReadAuditWriter readLines;

	private final AuditProperties properties;

	private final ClinicProperties clinic;

	AuditTrail(Clock clock, AuditEventRepository events, ReadAuditWriter readLines, AuditProperties properties,
			ClinicProperties clinic) {
		this.clock = clock;
		this.events = events;
		this.readLines = readLines;
		this.properties = properties;
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
	public LocalDate today() {
		return LocalDate.now(clock.withZone(clinic.timeZone()));
	}

	/** The signed-in staff member was allowed to {@code action} this record. */
	public void allowed(AuditAction action, AuditResource resourceType, @Nullable Object resourceId,
			@Nullable UUID patientId) {
		record(AuditRecord.by(CurrentStaff.require(), action, resourceType, resourceId, patientId,
				AuditOutcome.ALLOWED));
	}

	/**
	 * Writes one line of the trail, durably before the response to its request is sent:
	 * <ul>
	 * <li>in a read-write transaction (a change), as part of it: change and line commit
	 * or roll back together;
	 * <li>in a read-only transaction (a read), once it has committed, through the
	 * {@link ReadAuditWriter}, which writes the lines of concurrent reads in one shared
	 * commit; the request's body waits for it ({@link AuditedBeforeAnswer});
	 * <li>outside a transaction (a refusal, a sign-in, or a read that is a single
	 * SELECT), through the writer, waiting here.
	 * </ul>
	 * A read that is one statement runs without a transaction of its own: PostgreSQL runs
	 * the SELECT in its implicit one, read-only by what it is, and the read costs one
	 * round trip instead of three (BEGIN with the query, COMMIT, and Spring's transaction
	 * around them). A read of several statements keeps a read-only transaction, so that
	 * they see one snapshot.
	 */
	public void record(AuditRecord line) {
		Instant at = clock.instant();
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			ReadLinesOfRequest.awaitNow(readLines.submit(line, at), properties.durableWithin());
		}
		else if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					ReadLinesOfRequest.awaitWithRequest(readLines.submit(line, at), properties.durableWithin());
				}
			});
		}
		else {
			events.insert(line, at);
		}
	}

}
