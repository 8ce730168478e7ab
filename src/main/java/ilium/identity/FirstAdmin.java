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

import ilium.shared.ClinicException;
import ilium.shared.Role;

/**
 * On a first start (no staff account at all) opens an admin account from
 * {@code ILIUM_ADMIN_USERNAME} and {@code ILIUM_ADMIN_PASSWORD}, so a new clinic can sign
 * in and open everyone else's account. A first admin whose username or password the rules
 * of API.md would refuse stops the start, with a message saying why: a weak admin
 * password is the one account an attacker tries first.
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
		if (username.isBlank() || password.isEmpty()) {
			log.warn(
					"No staff account exists: set ILIUM_ADMIN_USERNAME and ILIUM_ADMIN_PASSWORD to create the first admin");
			return;
		}
		String name = firstAdminUsername(username);
		String weakness = PasswordPolicy.problem(password, name);
		if (weakness != null) {
			throw new IllegalStateException("ILIUM_ADMIN_PASSWORD " + weakness
					+ " (API.md: at least 12 characters, not guessable, never the username); "
					+ "the first admin was not created");
		}
		accounts.insert(
				new StaffAccount(UUID.randomUUID(), name, passwords.encode(password), Role.ADMIN, null, true, 0, 0),
				clock.instant());
		log.info("Created the first admin account '{}'", name);
	}

	private static String firstAdminUsername(String configured) {
		try {
			return Username.of(configured);
		}
		catch (ClinicException ex) {
			throw new IllegalStateException("ILIUM_ADMIN_USERNAME must be " + Username.MIN + " to " + Username.MAX
					+ " of the characters a-z 0-9 . _ - (upper-case letters are folded)");
		}
	}

}
