package ilium.identity;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import ilium.shared.Role;

/**
 * On a first start (no staff account at all) opens an admin account from
 * {@code ILIUM_ADMIN_USERNAME} and {@code ILIUM_ADMIN_PASSWORD}, so a new clinic can sign
 * in and open everyone else's account.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final StaffAccountRepository accounts;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final String username;

	private final String password;

	FirstAdmin(StaffAccountRepository accounts, PasswordEncoder passwords, Clock clock,
			@Value("${ilium.admin.username:}") String username, @Value("${ilium.admin.password:}") String password) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.anyExists()) {
			return;
		}
		if (username.isBlank() || password.length() < 12) {
			log.warn("No staff account exists: set ILIUM_ADMIN_USERNAME and ILIUM_ADMIN_PASSWORD "
					+ "(at least 12 characters) to create the first admin");
			return;
		}
		accounts.insert(new StaffAccount(UUID.randomUUID(), username.strip(), passwords.encode(password), Role.ADMIN,
				null, true, null, 0), clock.instant());
		log.info("Created the first admin account '{}'", username.strip());
	}

}
