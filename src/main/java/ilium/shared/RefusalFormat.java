package ilium.shared;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;

/**
 * How a 401 or 403 is written on a path whose clients expect another error body than
 * problem+json (the FHIR API answers {@code OperationOutcome}). The security filter chain
 * asks each format whether it {@link #covers} the request and falls back to problem+json.
 * Lives here so that {@code identity} writes refusals without knowing the formats.
 */
public interface RefusalFormat {

	/** Whether refusals of this request are written in this format. */
	boolean covers(HttpServletRequest request);

	/** Writes the refusal: status, content type and body. */
	void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException;

}
