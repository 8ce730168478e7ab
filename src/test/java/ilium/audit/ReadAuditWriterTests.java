package ilium.audit;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ilium.DatabaseOwner;
import ilium.HttpTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The writer of read lines on its own, against the real trail: lines gathered within the
 * window share one INSERT and one commit, and a full queue refuses a line (the read then
 * answers 503) instead of dropping it.
 */
@HttpTest
class ReadAuditWriterTests {

	@Autowired
	ReadLineBatches batches;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DatabaseOwner owner;

	@Autowired
	HikariDataSource servicePool;

	@Autowired
	ReadAuditWriter serviceWriter;

	private final List<ReadAuditWriter> writers = new ArrayList<>();

	@AfterEach
	void stopWriters() {
		writers.forEach(ReadAuditWriter::stop);
	}

	@Test
	void linesGatheredWithinTheWindowShareOneInsertAndOneCommit() throws Exception {
		ReadAuditWriter writer = started(new AuditProperties(1000, 500, Duration.ofMillis(300), Duration.ofSeconds(5)));
		UUID patient = UUID.randomUUID();
		List<CompletableFuture<Void>> written = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			written.add(writer.submit(read(patient), Instant.now()));
		}
		CompletableFuture.allOf(written.toArray(CompletableFuture[]::new)).get();

		assertThat(jdbc.sql("select count(*) from audit_event where patient_id = :patient")
			.param("patient", patient)
			.query(Long.class)
			.single()).isEqualTo(20);
		assertThat(jdbc.sql("select count(distinct xmin::text) from audit_event where patient_id = :patient")
			.param("patient", patient)
			.query(Long.class)
			.single()).as("transactions that wrote the 20 lines").isEqualTo(1);
	}

	@Test
	void aFullQueueRefusesTheLineAndDropsNothing() throws Exception {
		ReadAuditWriter writer = started(new AuditProperties(1, 500, Duration.ZERO, Duration.ofSeconds(30)));
		UUID first = UUID.randomUUID();
		UUID queued = UUID.randomUUID();
		UUID refused = UUID.randomUUID();
		try (Connection locker = owner.dataSource().getConnection(); Statement statement = locker.createStatement()) {
			locker.setAutoCommit(false);
			// Only a role that may change the trail may lock it against inserts; the
			// owner
			// grants itself that right for this transaction, which rolls both back.
			statement.execute("grant update on audit_event to current_user");
			statement.execute("lock table audit_event in share mode");
			CompletableFuture<Void> firstWritten = writer.submit(read(first), Instant.now());
			// The writer has taken the first line and waits on the lock with it.
			await().atMost(Duration.ofSeconds(10)).until(this::anInsertWaitsOnTheTrail);
			CompletableFuture<Void> queuedWritten = writer.submit(read(queued), Instant.now());

			assertThatThrownBy(() -> writer.submit(read(refused), Instant.now()))
				.isInstanceOf(AuditTrailUnavailable.class)
				.hasMessageContaining("full");
			assertThat(firstWritten).isNotDone();
			assertThat(queuedWritten).isNotDone();

			locker.rollback();
			CompletableFuture.allOf(firstWritten, queuedWritten).get();
		}
		assertThat(linesOf(first)).isEqualTo(1);
		assertThat(linesOf(queued)).isEqualTo(1);
		assertThat(linesOf(refused)).isZero();
	}

	/**
	 * The writer has a connection of its own: with every connection of the service's pool
	 * taken (slow reports, say), reads are still audited, and answered.
	 */
	@Test
	void writesWhileEveryConnectionOfTheServicesPoolIsTaken() throws Exception {
		UUID patient = UUID.randomUUID();
		List<Connection> taken = new ArrayList<>();
		try {
			for (int i = 0; i < servicePool.getMaximumPoolSize(); i++) {
				taken.add(servicePool.getConnection());
			}
			serviceWriter.submit(read(patient), Instant.now()).get(5, TimeUnit.SECONDS);
		}
		finally {
			for (Connection connection : taken) {
				connection.close();
			}
		}
		assertThat(linesOf(patient)).isEqualTo(1);
	}

	private boolean anInsertWaitsOnTheTrail() {
		return jdbc.sql("""
				select count(*) from pg_stat_activity
				 where datname = current_database() and wait_event_type = 'Lock'
				   and query like '%insert into audit_event%unnest%'
				""").query(Long.class).single() > 0;
	}

	private long linesOf(UUID patient) {
		return jdbc.sql("select count(*) from audit_event where patient_id = :patient")
			.param("patient", patient)
			.query(Long.class)
			.single();
	}

	private ReadAuditWriter started(AuditProperties properties) {
		ReadAuditWriter writer = new ReadAuditWriter(batches, properties);
		writer.start();
		writers.add(writer);
		return writer;
	}

	private static AuditRecord read(UUID patient) {
		return new AuditRecord(UUID.randomUUID(), "writer-test", "THERAPIST", AuditAction.READ, AuditResource.PATIENT,
				patient.toString(), patient, AuditOutcome.ALLOWED);
	}

}
