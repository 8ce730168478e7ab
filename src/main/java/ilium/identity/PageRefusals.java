package ilium.identity;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * How the pages' security chain answers a browser it turns away, in the clinic's words
 * rather than the API's problem+json:
 * <ul>
 * <li>a request whose session has ended (idle past {@code ILIUM_WEB_IDLE_TIMEOUT}, signed
 * out elsewhere, or ended by an account change) goes to the sign-in form with
 * {@code ?expired}, which says so; a form sent from a page left open past the end of its
 * session is one of these (its CSRF token belonged to the ended session), and nothing of
 * it is saved;
 * <li>a form whose CSRF token does not match a live session (forged, or from another
 * tab's older session) is answered 403 with the page {@link #FORM_REFUSED} (web's), which
 * says that nothing was changed;
 * <li>anyone else not signed in goes to the sign-in form.
 * </ul>
 */
final class PageRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

	/** The page a refused form is answered with (a forward, status 403). */
	static final String FORM_REFUSED = "/app/form-refused";

	private final AccessDeniedHandlerImpl refusedForm = new AccessDeniedHandlerImpl();

	PageRefusals() {
		refusedForm.setErrorPage(FORM_REFUSED);
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException notSignedIn)
			throws IOException {
		response.sendRedirect(request.getContextPath() + (sessionEnded(request) ? "/app/login?expired" : "/app/login"));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		if (denied instanceof CsrfException && sessionEnded(request)) {
			response.sendRedirect(request.getContextPath() + "/app/login?expired");
			return;
		}
		refusedForm.handle(request, response, denied);
	}

	/** The browser sent a session cookie, and that session no longer exists. */
	private static boolean sessionEnded(HttpServletRequest request) {
		return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
	}

}
