package ilium;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * An HTTP contract test: the whole service on a random port, over real HTTP, against a
 * real PostgreSQL. Every test class uses exactly this, so they share one application
 * context (and one database) and tests make their own rows with unique values.
 * <p>
 * The whole suite signs in from one loopback address, so the per-address sign-in throttle
 * is set out of reach here; {@code LoginThrottleTests} checks the real limit in a context
 * of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ilium.security.token-secret=test-secret-that-is-long-enough-for-hs256",
				"ilium.admin.username=" + Staff.ADMIN_USERNAME, "ilium.admin.password=" + Staff.ADMIN_PASSWORD,
				"ilium.security.max-failed-logins-per-address=1000000" })
@AutoConfigureRestTestClient
@Import({ TestDatabaseConfiguration.class, Staff.class })
public @interface HttpTest {

}
