package ilium.scheduling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ilium.shared.ClinicException;

/**
 * The {@code appointment_idempotency_key} table: the first request under a key claims it
 * in its own transaction; a retry, even one racing the first, waits on the key's primary
 * key and then finds the first request's result. A series claims its key here; a single
 * booking claims it by the same rule inside {@code book_appointment}
 * ({@link SingleBooking}), with a {@link Claim}.
 */
@Repository
class IdempotencyKeys {

	private final JdbcClient jdbc;

	IdempotencyKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims the key for a new result; answers the earlier result when the key was used
	 * before for the same request, 422 when it was used for a different one.
	 */
	Optional<Claimed> claim(UUID userId, String key, Object request, @Nullable UUID appointmentId,
			@Nullable UUID seriesId, Instant now) {
		String hash = hash(request);
		int inserted = jdbc
			.sql("""
					insert into appointment_idempotency_key (user_id, key, request_hash, appointment_id, series_id, created_at)
					values (:userId, :key, :hash, :appointmentId, :seriesId, :createdAt)
					on conflict (user_id, key) do nothing
					""")
			.param("userId", userId)
			.param("key", key)
			.param("hash", hash)
			.param("appointmentId", appointmentId)
			.param("seriesId", seriesId)
			.param("createdAt", Timestamp.from(now))
			.update();
		if (inserted == 1) {
			return Optional.empty();
		}
		Claimed earlier = jdbc.sql("""
				select request_hash, appointment_id, series_id from appointment_idempotency_key
				 where user_id = :userId and key = :key
				""")
			.param("userId", userId)
			.param("key", key)
			.query((rs, row) -> new Claimed(rs.getString("request_hash"), rs.getObject("appointment_id", UUID.class),
					rs.getObject("series_id", UUID.class)))
			.single();
		if (!earlier.requestHash().equals(hash)) {
			throw reused();
		}
		return Optional.of(earlier);
	}

	/** Forgets the keys claimed before {@code cutoff}; answers how many. */
	int forgetClaimedBefore(Instant cutoff) {
		return jdbc.sql("delete from appointment_idempotency_key where created_at < :cutoff")
			.param("cutoff", Timestamp.from(cutoff))
			.update();
	}

	static void requireValid(String key) {
		if (key.isBlank() || key.length() > 200) {
			throw ClinicException.badRequest("Idempotency-Key", "must be 1 to 200 characters");
		}
	}

	/** 422: the key was claimed before for a different request. */
	static ClinicException reused() {
		return ClinicException.ruleViolated(SchedulingProblems.IDEMPOTENCY_KEY_REUSED,
				"This Idempotency-Key was already used for a different request.");
	}

	private static String hash(Object request) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(request.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A key with the hash of the request that claims it. */
	record Claim(String key, String requestHash) {

		static Claim of(String key, Object request) {
			return new Claim(key, hash(request));
		}

	}

	/** What an earlier request under the key produced. */
	record Claimed(String requestHash, @Nullable UUID appointmentId, @Nullable UUID seriesId) {
	}

}
