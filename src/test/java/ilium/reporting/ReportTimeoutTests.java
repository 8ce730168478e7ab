package ilium.reporting;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import ilium.HttpTest;
import ilium.shared.ClinicProperties;
import ilium.shared.ClinicException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@HttpTest
class ReportTimeoutTests {

	@Autowired
	ReportQueries queries;

	@Autowired
	ClinicProperties clinic;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aReportThatOutrunsItsStatementTimeoutAnswers503() {
		ClinicReports reports = new ClinicReports(queries, clinic, Duration.ofMillis(100), 11);
		assertThatExceptionOfType(ClinicException.class)
			.isThrownBy(() -> transactions.executeWithoutResult(
					status -> reports.bounded(() -> jdbc.sql("select pg_sleep(2)").query(String.class).single())))
			.satisfies(ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE))
			.satisfies(ex -> assertThat(ex.getBody().getType().toString()).endsWith("/report-timeout"));
	}

	@Test
	void aReportRunsOnOneCoreWithoutJitAndLeavesTheConnectionAsItFoundIt() {
		ClinicReports reports = new ClinicReports(queries, clinic, Duration.ofSeconds(5), 11);
		String during = transactions.execute(status -> reports.bounded(() -> settings()));
		String after = transactions.execute(status -> settings());
		assertThat(during).isEqualTo("5s off 0");
		assertThat(after).isNotEqualTo(during);
	}

	private String settings() {
		return jdbc.sql("""
				select current_setting('statement_timeout') || ' ' || current_setting('jit') || ' '
				       || current_setting('max_parallel_workers_per_gather')
				""").query(String.class).single();
	}

}
