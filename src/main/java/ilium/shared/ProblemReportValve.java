package ilium.shared;

import java.io.IOException;
import java.io.PrintWriter;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.res.StringManager;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's error report, as problem+json: what the server refuses before a request
 * reaches the application (an over-long URL or header block, a malformed request line,
 * header or path such as {@code %00}) never reaches Spring, so it is written here, with
 * the security headers, and logged in one line without anything the request carried. An 8
 * KB URL answers 414 and an oversized header block 431 (Tomcat says 400 to both).
 */
final class ProblemReportValve extends ErrorReportValve {

	private static final Logger log = LoggerFactory.getLogger(ProblemReportValve.class);

	/**
	 * Tomcat's own (localised) text for a request line or header block over its limit.
	 */
	private static final String HEADER_TOO_LARGE = StringManager.getManager("org.apache.coyote.http11")
		.getString("iib.requestheadertoolarge.error");

	@Override
	protected void report(Request request, Response response, @Nullable Throwable throwable) {
		if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus status = answer(request, response.getStatus(), throwable);
		log.info("Request refused by the server before the application: {} {}", status.value(),
				throwable == null ? "" : throwable.getClass().getSimpleName());
		try {
			PrintWriter writer = response.getReporter();
			if (writer == null) {
				return;
			}
			response.setStatus(status.value());
			SecurityHeadersFilter.harden(response, true);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			writer.write(json(ProblemErrorController.refused(status)));
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// The client has gone: nobody is left to answer.
		}
	}

	private static HttpStatus answer(Request request, int code, @Nullable Throwable throwable) {
		if (code == 400 && throwable instanceof IllegalArgumentException
				&& HEADER_TOO_LARGE.equals(throwable.getMessage())) {
			String uri = request.getRequestURI();
			return uri == null || uri.isEmpty() ? HttpStatus.URI_TOO_LONG : HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
		}
		HttpStatus status = HttpStatus.resolve(code);
		if (status == null) {
			return code >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
		}
		return status;
	}

	/** Every value here is one of ours, none from the request: no escaping needed. */
	private static String json(ProblemDetail problem) {
		return """
				{"type":"%s","title":"%s","status":%d,"detail":"%s"}""".formatted(problem.getType(), problem.getTitle(),
				problem.getStatus(), problem.getDetail());
	}

}
