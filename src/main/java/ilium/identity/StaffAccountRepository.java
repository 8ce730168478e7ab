package ilium.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ilium.shared.PageQuery;
import ilium.shared.Role;

@Repository
class StaffAccountRepository {

	private static final String COLUMNS = "id, username, password_hash, role, therapist_id, active, locked_until, version";

	private final JdbcClient jdbc;

	StaffAccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Reads and locks the account until the transaction ends, so changes queue up. */
	Optional<StaffAccount> lock(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from staff_account where id = :id for update")
			.param("id", id)
			.query(StaffAccountRepository::map)
			.optional();
	}

	Optional<StaffAccount> findById(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from staff_account where id = :id")
			.param("id", id)
			.query(StaffAccountRepository::map)
			.optional();
	}

	Optional<StaffAccount> findByUsername(String username) {
		return jdbc.sql("select " + COLUMNS + " from staff_account where lower(username) = lower(:username)")
			.param("username", username)
			.query(StaffAccountRepository::map)
			.optional();
	}

	boolean anyExists() {
		return jdbc.sql("select exists (select 1 from staff_account)").query(Boolean.class).single();
	}

	List<StaffAccount> page(PageQuery page) {
		return jdbc.sql("select " + COLUMNS + " from staff_account order by lower(username) limit :size offset :offset")
			.param("size", page.size())
			.param("offset", page.offset())
			.query(StaffAccountRepository::map)
			.list();
	}

	long count() {
		return jdbc.sql("select count(*) from staff_account").query(Long.class).single();
	}

	void insert(StaffAccount account, Instant now) {
		jdbc.sql("""
				insert into staff_account (id, username, password_hash, role, therapist_id, active, created_at)
				values (:id, :username, :passwordHash, :role, :therapistId, :active, :now)
				""")
			.param("id", account.id())
			.param("username", account.username())
			.param("passwordHash", account.passwordHash())
			.param("role", account.role().name())
			.param("therapistId", account.therapistId())
			.param("active", account.active())
			.param("now", Timestamp.from(now))
			.update();
	}

	void update(StaffAccount account) {
		jdbc.sql("""
				update staff_account
				   set password_hash = :passwordHash, role = :role, active = :active, version = version + 1
				 where id = :id
				""")
			.param("id", account.id())
			.param("passwordHash", account.passwordHash())
			.param("role", account.role().name())
			.param("active", account.active())
			.update();
	}

	/**
	 * An admin's unlock: lifts the lock and forgets the failures. Any other change leaves
	 * the count alone, so editing an account never wipes an attacker's failed attempts.
	 */
	void unlock(UUID id) {
		jdbc.sql("""
				update staff_account set locked_until = null, recent_failed_logins = '{}'
				 where id = :id
				""").param("id", id).update();
	}

	/**
	 * Counts one failed sign-in in one statement, over a sliding window: the failures of
	 * the last {@code window}, this one included, lock the account once they reach
	 * {@code maxFailures} (and are then forgotten). The counts are read from the row
	 * being updated, so concurrent failures queue on it and none is lost. Answers whether
	 * the account is now locked.
	 */
	boolean recordFailedLogin(UUID id, Instant now, int maxFailures, Duration window, Duration lockout) {
		return jdbc
			.sql("""
					update staff_account
					   set recent_failed_logins = case
					           when (select count(*) from unnest(recent_failed_logins) t where t > :since) + 1 >= :max then '{}'
					           else array(select t from unnest(recent_failed_logins) t where t > :since order by t)
					                || cast(:now as timestamptz) end,
					       locked_until = case
					           when (select count(*) from unnest(recent_failed_logins) t where t > :since) + 1 >= :max
					           then cast(:now as timestamptz) + make_interval(secs => :lockoutSeconds) else locked_until end
					 where id = :id
					returning locked_until is not null and locked_until > cast(:now as timestamptz)
					""")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.param("since", Timestamp.from(now.minus(window)))
			.param("max", maxFailures)
			.param("lockoutSeconds", lockout.toSeconds())
			.query(Boolean.class)
			.single();
	}

	/**
	 * A right password: forgets the failures, but only if the account is still active and
	 * unlocked now. The password check takes ~100 ms after the account was read; a burst
	 * of wrong guesses may lock the account meanwhile, and this one statement, serialised
	 * with theirs on the row, is what keeps a right guess inside such a burst from
	 * signing in.
	 */
	boolean recordSuccessfulLogin(UUID id, Instant now) {
		return jdbc.sql("""
				update staff_account set recent_failed_logins = '{}'
				 where id = :id and active and (locked_until is null or locked_until <= :now)
				returning id
				""").param("id", id).param("now", Timestamp.from(now)).query(UUID.class).optional().isPresent();
	}

	private static StaffAccount map(ResultSet rs, int row) throws SQLException {
		Timestamp lockedUntil = rs.getTimestamp("locked_until");
		return new StaffAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("password_hash"),
				Role.valueOf(rs.getString("role")), rs.getObject("therapist_id", UUID.class), rs.getBoolean("active"),
				lockedUntil == null ? null : lockedUntil.toInstant(), rs.getLong("version"));
	}

}
