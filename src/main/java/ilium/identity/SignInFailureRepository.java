package ilium.identity;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed sign-ins, the addresses that signed in to each account, and the throttle's audit
 * notices, in PostgreSQL: every instance on one database counts the same failures.
 */
@Repository
class SignInFailureRepository {

	private final JdbcClient jdbc;

	SignInFailureRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One statement, index scans of at most limit+1 rows each. */
	ThrottleSnapshot snapshot(String address, String username, Instant now, SecurityProperties limits) {
		return jdbc.sql("""
				select (select at from sign_in_failure
				         where address = cast(:address as inet) and at > :addressSince
				         order by at desc offset :addressOffset limit 1) as address_limit_reached_at,
				       array(select at from sign_in_failure
				              where username = :username and address = cast(:address as inet) and at > :pairSince
				              order by at desc limit :pairLimit) as pair_failures,
				       (select at from sign_in_failure
				         where username = :username and at > :accountSince
				         order by at desc offset :accountOffset limit 1) as account_limit_passed_at,
				       exists (select 1 from sign_in_known_address
				                where username = :username and address = cast(:address as inet)
				                  and last_success_at > :knownSince) as known_address
				""")
			.param("address", address)
			.param("username", username)
			.param("addressSince", at(now.minus(limits.loginThrottleWindow())))
			.param("addressOffset", Math.max(0, limits.maxFailedLoginsPerAddress() - 1))
			.param("pairSince", at(now.minus(limits.failedLoginWindow()).minus(limits.failedLoginBlock())))
			.param("pairLimit", Math.max(0, limits.maxFailedLogins()))
			.param("accountSince", at(now.minus(limits.accountAttackWindow())))
			.param("accountOffset", Math.max(0, limits.maxFailedLoginsPerAccount()))
			.param("knownSince", at(now.minus(limits.knownAddressAge())))
			.query((rs, row) -> new ThrottleSnapshot(instant(rs.getTimestamp("address_limit_reached_at")),
					instants(rs.getArray("pair_failures")), instant(rs.getTimestamp("account_limit_passed_at")),
					rs.getBoolean("known_address")))
			.single();
	}

	/**
	 * Queues this transaction behind every other admission from the address and at the
	 * username: none of them counts before the others' failures are written.
	 */
	void lock(String address, String username) {
		jdbc.sql("""
				select pg_advisory_xact_lock(hashtextextended('sign-in-address:' || :address, 0)),
				       pg_advisory_xact_lock(hashtextextended('sign-in-username:' || :username, 0))
				""").param("address", address).param("username", username).query((rs, row) -> 1).single();
	}

	long insert(String address, String username, Instant now) {
		return jdbc.sql("""
				insert into sign_in_failure (at, address, username) values (:at, cast(:address as inet), :username)
				returning id
				""")
			.param("at", at(now))
			.param("address", address)
			.param("username", username)
			.query(Long.class)
			.single();
	}

	/**
	 * A right password: the address's failures at the account are forgotten, the address
	 * known.
	 */
	void succeeded(String address, String username, Instant now) {
		jdbc.sql("delete from sign_in_failure where username = :username and address = cast(:address as inet)")
			.param("address", address)
			.param("username", username)
			.update();
		jdbc.sql("""
				insert into sign_in_known_address (username, address, last_success_at)
				values (:username, cast(:address as inet), :at)
				on conflict (username, address) do update set last_success_at = excluded.last_success_at
				""").param("address", address).param("username", username).param("at", at(now)).update();
	}

	/**
	 * Whether this is the first attempt the rule holds back for this address and username
	 * until this moment. A repeat finds the row and writes nothing.
	 */
	boolean firstNotice(String rule, String address, String username, Instant until) {
		return jdbc.sql("""
				insert into sign_in_throttle_notice (rule, address, username, until)
				values (:rule, cast(:address as inet), :username, :until)
				on conflict do nothing
				returning 1
				""")
			.param("rule", rule)
			.param("address", address)
			.param("username", username)
			.param("until", at(until))
			.query(Integer.class)
			.optional()
			.isPresent();
	}

	/** An admin's unlock: the account's failures and notices, from every address. */
	void forget(String username) {
		jdbc.sql("delete from sign_in_failure where username = :username").param("username", username).update();
		jdbc.sql("delete from sign_in_throttle_notice where username = :username").param("username", username).update();
	}

	int forgetBefore(Instant failuresBefore, Instant noticesBefore, Instant successesBefore) {
		return jdbc.sql("delete from sign_in_failure where at < :before").param("before", at(failuresBefore)).update()
				+ jdbc.sql("delete from sign_in_throttle_notice where until < :before")
					.param("before", at(noticesBefore))
					.update()
				+ jdbc.sql("delete from sign_in_known_address where last_success_at < :before")
					.param("before", at(successesBefore))
					.update();
	}

	private static Timestamp at(Instant instant) {
		return Timestamp.from(instant);
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static List<Instant> instants(Array array) throws SQLException {
		List<Instant> instants = new ArrayList<>();
		for (Object value : (Object[]) array.getArray()) {
			instants.add(((Timestamp) value).toInstant());
		}
		return instants;
	}

}
