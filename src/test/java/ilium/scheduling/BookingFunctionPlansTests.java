package ilium.scheduling;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ilium.HttpTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A booking's time in PostgreSQL: every function {@code book_appointment} calls that
 * PostgreSQL cannot inline keeps its plan for the connection's life, because it is
 * PL/pgSQL. A SQL-language function called from PL/pgSQL is planned anew on every call:
 * with them, the rules' checks and the audit line took about half of the booking's time
 * in the database (V134–V137). A later migration that writes one of them back in SQL
 * fails here.
 */
@HttpTest
class BookingFunctionPlansTests {

	/** What book_appointment calls, directly or through another of these. */
	static final List<String> CALLED_BY_A_BOOKING = List.of("book_appointment", "audit_line", "patient_is_active",
			"therapist_is_active", "therapist_working_hours_on", "therapist_off_during",
			"appointment_within_working_hours", "working_day_covers", "next_offset_change");

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyFunctionABookingCallsKeepsItsPlan() {
		List<String> languages = jdbc.sql("""
				select p.proname || ' ' || l.lanname
				  from pg_proc p
				  join pg_language l on l.oid = p.prolang
				 where p.pronamespace = current_schema()::regnamespace and p.proname = any(:names)
				 order by p.proname
				""").param("names", CALLED_BY_A_BOOKING.toArray(String[]::new)).query(String.class).list();

		assertThat(languages).hasSameSizeAs(CALLED_BY_A_BOOKING)
			.allSatisfy(line -> assertThat(line).endsWith(" plpgsql"));
	}

}
