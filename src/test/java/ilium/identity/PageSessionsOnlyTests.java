package ilium.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;

import ilium.HttpTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Session's filter is registered for the pages' paths only; that the pages keep
 * their sessions through it is shown by the page and browser tests
 * ({@code PageSignInTests}, {@code FrontDeskBrowserTests}).
 */
@HttpTest
class PageSessionsOnlyTests {

	@Autowired
	@Qualifier("sessionRepositoryFilterRegistration")
	DelegatingFilterProxyRegistrationBean sessionFilter;

	@Test
	void theSessionFilterRunsForThePagesOnly() {
		assertThat(sessionFilter.getUrlPatterns()).containsExactly("/app/*");
	}

}
