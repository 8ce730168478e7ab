package ilium.shared;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Stable problem {@code type} URIs. Clients switch on these, so they never change once
 * published.
 */
public final class Problems {

	/** Prefix of every problem type Ilium answers. */
	public static final String BASE = "https://ilium.example/problems/";

	private Problems() {
	}

	public static URI type(String slug) {
		return URI.create(BASE + slug);
	}

	/**
	 * A problem with the given type slug, status, title and a detail safe to show a user.
	 */
	public static ProblemDetail of(HttpStatus status, String slug, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type(slug));
		problem.setTitle(title);
		return problem;
	}

}
