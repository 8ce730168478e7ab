package ilium.identity;

import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ilium.HttpTest;
import ilium.Staff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account cache's own rules, on real accounts, with the test in the listener's place:
 * it says when an account changed, at the moment the race needs.
 */
@HttpTest
class SignedInAccountsTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	@Test
	void aCopyReadWhileItsChangeWasNoticedIsNotKept() {
		UUID id = idOf(staff.newAccount("FRONT_DESK", null));
		ChangedDuringRead repository = new ChangedDuringRead(jdbc);
		SignedInAccounts cache = new SignedInAccounts(repository, new SimpleMeterRegistry());
		cache.listening();
		repository.whileReading(id, () -> {
			jdbc.sql("update staff_account set active = false where id = :id").param("id", id).update();
			cache.changed(id);
		});

		assertThat(cache.find(id)).hasValueSatisfying(readBefore -> assertThat(readBefore.active()).isTrue());
		assertThat(cache.find(id)).hasValueSatisfying(now -> assertThat(now.active()).isFalse());
	}

	@Test
	void keepsNoMoreThanItsLimitAndReadsTheRestEachTime() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		SignedInAccounts cache = new SignedInAccounts(new StaffAccountRepository(jdbc), meters, 2);
		cache.listening();
		UUID first = idOf(staff.newAccount("FRONT_DESK", null));
		UUID second = idOf(staff.newAccount("FRONT_DESK", null));
		UUID third = idOf(staff.newAccount("FRONT_DESK", null));
		for (UUID id : new UUID[] { first, second, third, first, second, third }) {
			assertThat(cache.find(id)).isPresent();
		}
		assertThat(meters.get("ilium.account.cache.size").gauge().value()).isEqualTo(2);
		assertThat(meters.get("ilium.account.cache.gets").tag("result", "hit").counter().count()).isEqualTo(2);
		assertThat(meters.get("ilium.account.cache.gets").tag("result", "miss").counter().count()).isEqualTo(4);
	}

	@Test
	void whileNotListeningKeepsNothing() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		SignedInAccounts cache = new SignedInAccounts(new StaffAccountRepository(jdbc), meters);
		UUID id = idOf(staff.newAccount("FRONT_DESK", null));
		cache.find(id);
		cache.find(id);
		assertThat(meters.get("ilium.account.cache.gets").tag("result", "bypassed").counter().count()).isEqualTo(2);
		assertThat(meters.get("ilium.account.cache.size").gauge().value()).isZero();
	}

	private UUID idOf(String username) {
		return jdbc.sql("select id from staff_account where username = :username")
			.param("username", username)
			.query(UUID.class)
			.single();
	}

	/**
	 * The real repository, which lets the test change an account just after its row was
	 * read, before the cache decides whether to keep it.
	 */
	static final class ChangedDuringRead extends StaffAccountRepository {

		private UUID account;

		private Runnable change = () -> {
		};

		ChangedDuringRead(JdbcClient jdbc) {
			super(jdbc);
		}

		void whileReading(UUID account, Runnable change) {
			this.account = account;
			this.change = change;
		}

		@Override
		Optional<StaffAccount> findById(UUID id) {
			Optional<StaffAccount> read = super.findById(id);
			if (id.equals(account)) {
				Runnable once = change;
				change = () -> {
				};
				once.run();
			}
			return read;
		}

	}

}
