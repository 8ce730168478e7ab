package ilium.shared;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem straight to the servlet response, for the places MVC's advice never
 * sees: servlet filters and the container's error dispatch.
 */
@Component
class ProblemResponses {

	private final JsonMapper json;

	ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
		if (problem.getInstance() == null) {
			problem.setInstance(URI.create(safePath(request.getRequestURI())));
		}
		write(response, problem);
	}

	void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

	/** The request path as a URI reference, or "/" for one that is not a valid URI. */
	static String safePath(String path) {
		try {
			return URI.create(path).getRawPath() == null ? "/" : path;
		}
		catch (IllegalArgumentException ex) {
			return "/";
		}
	}

}
