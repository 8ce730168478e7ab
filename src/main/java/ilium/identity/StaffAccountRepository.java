package ilium.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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

	private static final String COLUMNS = "id, username, password_hash, role, therapist_id, active, token_generation, version";

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
				   set password_hash = :passwordHash, role = :role, active = :active,
				       token_generation = :tokenGeneration, version = version + 1
				 where id = :id
				""")
			.param("id", account.id())
			.param("passwordHash", account.passwordHash())
			.param("role", account.role().name())
			.param("active", account.active())
			.param("tokenGeneration", account.tokenGeneration())
			.update();
	}

	private static StaffAccount map(ResultSet rs, int row) throws SQLException {
		return new StaffAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("password_hash"),
				Role.valueOf(rs.getString("role")), rs.getObject("therapist_id", UUID.class), rs.getBoolean("active"),
				rs.getLong("token_generation"), rs.getLong("version"));
	}

}
