package ilium.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a page session to the account as it is now, on every request, as
 * {@link StaffAuthenticationConverter} holds a token: a deactivated account, a new
 * password or a new role ends the session on every instance within a second (the account
 * comes from {@link SignedInAccounts}, which hears of every change). The request then
 * goes on unauthenticated, and the pages send it to the sign-in form.
 */
class PageSessionCheck extends OncePerRequestFilter {

	private final SignedInAccounts accounts;

	PageSessionCheck(SignedInAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof PageAuthentication session
				&& !accounts.find(session.getPrincipal().userId()).map(session::heldBy).orElse(false)) {
			SecurityContextHolder.clearContext();
			HttpSession ended = request.getSession(false);
			if (ended != null) {
				ended.invalidate();
			}
		}
		chain.doFilter(request, response);
	}

}
