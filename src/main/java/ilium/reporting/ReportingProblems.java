package ilium.reporting;

/**
 * The problem types only {@code reporting} answers. Each constant is the slug that ends
 * the problem's {@code type}; docs/api.md lists them all.
 */
final class ReportingProblems {

	/** 503: the report took longer than its time limit; ask for a shorter period. */
	static final String REPORT_TIMEOUT = "report-timeout";

	private ReportingProblems() {
	}

}
