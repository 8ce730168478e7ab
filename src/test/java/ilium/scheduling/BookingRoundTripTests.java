package ilium.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

import ilium.HttpTest;
import ilium.shared.ClinicException;
import ilium.shared.CurrentStaff;
import ilium.shared.Role;

import static ilium.Clinic.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Booking one appointment costs the database one round trip: {@link AppointmentBook#book}
 * sends one statement, outside any transaction block, and PostgreSQL runs it as one
 * transaction.
 * <p>
 * The evidence is PostgreSQL's own counters, not a count kept by the client. This context
 * runs the service on a pool of one connection, without keepalive, in a database of its
 * own, so every transaction in {@code pg_stat_database} for this database comes from the
 * one backend the tests drive. Every round trip the driver makes (a statement, a
 * describe, a validation query) starts and ends a transaction when no transaction block
 * is open; a transaction block that spans round trips leaves its backend idle in
 * transaction between them, which PostgreSQL adds up in {@code idle_in_transaction_time}
 * (counted in microseconds). So "one transaction and no time idle in a transaction" means
 * one round trip. Before each reading the backend is told to flush its pending statistics
 * ({@code pg_stat_force_next_flush()}), which it does before it answers, so the counts
 * are complete when read; the two statements of a reading are themselves counted and
 * taken off.
 */
@HttpTest
@TestPropertySource(properties = { "spring.datasource.hikari.maximum-pool-size=1",
		"spring.datasource.hikari.minimum-idle=1", "spring.datasource.hikari.keepalive-time=0" })
class BookingRoundTripTests extends BookingTestBase {

	static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

	/** The two statements of a reading between this one and the next. */
	static final long READING_STATEMENTS = 2;

	@Autowired
	AppointmentBook book;

	@BeforeEach
	void signIn() {
		String username = staff.newAccount("FRONT_DESK", null);
		UUID userId = jdbc.sql("select id from staff_account where username = :username")
			.param("username", username)
			.query(UUID.class)
			.single();
		CurrentStaff frontDesk = new CurrentStaff(userId, username, Role.FRONT_DESK, null);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(frontDesk, null, List.of()));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void bookingAnAppointmentIsOneRoundTrip() {
		book.book(command("09:00"), null);
		Activity before = activity();
		book.book(command("10:00"), null);
		assertThat(activity().since(before)).isEqualTo(Activity.ONE_ROUND_TRIP);
	}

	/**
	 * The driver runs a statement server-prepared from its fifth use on a connection; the
	 * switch costs no round trip of its own.
	 */
	@Test
	void everyBookingInARowIsOneRoundTrip() {
		for (int hour = 8; hour < 16; hour++) {
			Activity before = activity();
			book.book(command("%02d:00".formatted(hour)), hour % 2 == 0 ? null : UUID.randomUUID().toString());
			assertThat(activity().since(before)).as("booking at %d:00", hour).isEqualTo(Activity.ONE_ROUND_TRIP);
		}
	}

	@Test
	void bookingUnderAnIdempotencyKeyIsOneRoundTrip() {
		book.book(command("09:00"), UUID.randomUUID().toString());
		Activity before = activity();
		book.book(command("10:00"), UUID.randomUUID().toString());
		assertThat(activity().since(before)).isEqualTo(Activity.ONE_ROUND_TRIP);
	}

	@Test
	void answeringARetryIsOneRoundTrip() {
		String key = UUID.randomUUID().toString();
		AppointmentView first = book.book(command("10:00"), key);
		Activity before = activity();
		assertThat(book.book(command("10:00"), key)).isEqualTo(first);
		assertThat(activity().since(before)).isEqualTo(Activity.ONE_ROUND_TRIP);
	}

	@Test
	void refusingABookingIsOneRoundTrip() {
		book.book(command("09:00"), null);
		Activity before = activity();
		assertThatThrownBy(() -> book.book(command("17:00"), null)).isInstanceOf(ClinicException.class);
		assertThat(activity().since(before)).isEqualTo(Activity.ONE_ROUND_TRIP);
	}

	private BookAppointment command(String time) {
		return new BookAppointment(patient, therapist, at(MONDAY, time), 30, AppointmentType.FOLLOW_UP, null);
	}

	/**
	 * The database's transactions and time idle in a transaction, all flushed, up to and
	 * including the first statement of this reading.
	 */
	private Activity activity() {
		// an int, not the function's void: the driver would look a void up in pg_type
		jdbc.sql("select 1 from pg_stat_force_next_flush()").query(Integer.class).single();
		return jdbc.sql("""
				select xact_commit + xact_rollback as transactions, idle_in_transaction_time
				  from pg_stat_database where datname = current_database()
				""")
			.query((rs, row) -> new Activity(rs.getLong("transactions"), rs.getDouble("idle_in_transaction_time")))
			.single();
	}

	/** What PostgreSQL counted for this database. */
	record Activity(long transactions, double idleInTransactionMillis) {

		static final Activity ONE_ROUND_TRIP = new Activity(1, 0);

		/** What happened between {@code earlier} and this reading, the readings aside. */
		Activity since(Activity earlier) {
			return new Activity(transactions - earlier.transactions - READING_STATEMENTS,
					idleInTransactionMillis - earlier.idleInTransactionMillis);
		}

	}

}
