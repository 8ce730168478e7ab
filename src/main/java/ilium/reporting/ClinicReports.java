package ilium.reporting;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.shared.ClinicException;
import ilium.shared.ClinicProperties;
import ilium.shared.DatabaseConstraint;

/**
 * The clinic's reports. Each runs in one read-only transaction whose statements are
 * bounded by {@code ilium.reports.statement-timeout} (5 s by default): a report that
 * takes longer answers 503 instead of holding a connection the front desk needs. The
 * outcomes report withholds the figures of a group of fewer patients than
 * {@code ilium.reports.min-group-size} ({@code ILIUM_REPORTS_MIN_GROUP_SIZE}, default 11,
 * the CMS cell-size rule; API.md).
 */
@Service
public class ClinicReports {

	private final ReportQueries queries;

	private final ClinicProperties clinic;

	private final Duration statementTimeout;

	private final int minGroupSize;

	ClinicReports(ReportQueries queries, ClinicProperties clinic,
			@Value("${ilium.reports.statement-timeout:5s}") Duration statementTimeout,
			@Value("${ilium.reports.min-group-size:11}") int minGroupSize) {
		if (minGroupSize < 1) {
			throw new IllegalArgumentException("ilium.reports.min-group-size must be at least 1");
		}
		this.queries = queries;
		this.clinic = clinic;
		this.statementTimeout = statementTimeout;
		this.minGroupSize = minGroupSize;
	}

	@Transactional(readOnly = true)
	public ClinicSummary clinicSummary(ReportPeriod period) {
		return bounded(() -> queries.clinicSummary(period, clinic.timeZone()));
	}

	@Transactional(readOnly = true)
	public List<OutcomeReportRow> outcomes(ReportPeriod period, OutcomeGrouping grouping) {
		return bounded(() -> queries.outcomes(period, grouping)).stream()
			.map(row -> row.publishable(minGroupSize))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<UtilizationRow> utilization(ReportPeriod period) {
		return bounded(() -> queries.utilization(period, clinic.timeZone()));
	}

	/**
	 * Runs a report query under the statement timeout, serially and without JIT
	 * ({@link ReportQueries#bound}); PostgreSQL's cancel becomes a 503.
	 */
	<T> T bounded(Supplier<T> report) {
		queries.bound(statementTimeout.toMillis());
		try {
			return report.get();
		}
		catch (DataAccessException ex) {
			if (DatabaseConstraint.sqlState(ex).filter("57014"::equals).isPresent()) {
				throw ReportTimeoutException.after(statementTimeout);
			}
			throw ex;
		}
	}

	/** 503: the report took longer than the configured bound. */
	static final class ReportTimeoutException extends ClinicException {

		private ReportTimeoutException(Duration timeout) {
			super(HttpStatus.SERVICE_UNAVAILABLE, ReportingProblems.REPORT_TIMEOUT, "Report took too long",
					"The report did not finish within " + timeout.toSeconds()
							+ " s; ask for a shorter period or try again later.");
		}

		static ReportTimeoutException after(Duration timeout) {
			return new ReportTimeoutException(timeout);
		}

	}

}
