package ilium.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.Clinic;
import ilium.HttpTest;
import ilium.Staff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over HTTP: concurrent reads of a patient each answer only with their line in the trail,
 * and their lines share commits ({@link ReadAuditWriter}): fewer transactions wrote them
 * than there were reads. With a line committed per read, as a read-write transaction per
 * read would do, the counts would be equal.
 */
@HttpTest
class SharedCommitTests {

	private static final int READS = 60;

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	@Test
	void concurrentReadsShareCommitsOfTheirAuditLines() throws Exception {
		Clinic clinic = new Clinic(http, jdbc, staff);
		UUID patient = clinic.newPatient();
		List<Future<Long>> answers = new ArrayList<>();
		try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < READS; i++) {
				answers.add(readers.submit(() -> {
					http.get()
						.uri("/api/v1/patients/{id}", patient)
						.header(HttpHeaders.AUTHORIZATION, "Bearer " + clinic.token())
						.exchange()
						.expectStatus()
						.isOk();
					// Answered: its line is already there (durable before the body).
					return readLines(patient);
				}));
			}
			for (Future<Long> answer : answers) {
				assertThat(answer.get()).isPositive();
			}
		}
		assertThat(readLines(patient)).isEqualTo(READS);
		assertThat(jdbc.sql("""
				select count(distinct xmin::text) from audit_event
				 where patient_id = :patient and action = 'READ'
				""").param("patient", patient).query(Long.class).single()).isLessThan(READS);
	}

	private long readLines(UUID patient) {
		return jdbc.sql("select count(*) from audit_event where patient_id = :patient and action = 'READ'")
			.param("patient", patient)
			.query(Long.class)
			.single();
	}

}
