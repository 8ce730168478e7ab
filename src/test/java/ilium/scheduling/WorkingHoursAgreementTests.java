package ilium.scheduling;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ilium.HttpTest;
import ilium.shared.ClinicProperties;
import ilium.therapists.Therapists;
import ilium.therapists.WorkingHours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The working-hours rule is written twice: in Java ({@link WorkingHoursPolicy},
 * {@link WorkingDay}) for series, moves and availability, and in SQL
 * ({@code appointment_within_working_hours}, V88) for a single booking. Here both judge
 * the same slots and must agree on every one: every start on the 5-minute grid from two
 * hours before a Sunday to two hours after it, 15 to 180 minutes long, against working
 * hours that begin, end or lie inside the hour the clocks skip or repeat, on the nights
 * the clocks change (Los Angeles by an hour, Lord Howe Island by half an hour), on an
 * ordinary Sunday, and in a clinic zone that is a fixed offset.
 */
@HttpTest
class WorkingHoursAgreementTests {

	static final List<String> SUNDAY_HOURS = List.of("00:00-06:00", "01:00-02:30", "01:30-04:00", "02:00-03:00",
			"02:30-05:00", "01:45-02:15", "08:00-17:00", "00:00-23:55");

	static final List<Integer> MINUTES = List.of(15, 35, 60, 180);

	@Autowired
	JdbcClient jdbc;

	static Stream<Arguments> sundays() {
		return Stream.of(arguments("America/Los_Angeles", "2027-03-14"), // 02:00 -> 03:00
				arguments("America/Los_Angeles", "2027-11-07"), // 02:00 -> 01:00
				arguments("America/Los_Angeles", "2027-03-07"), // an ordinary Sunday
				arguments("Australia/Lord_Howe", "2027-04-04"), // 02:00 -> 01:30
				arguments("Australia/Lord_Howe", "2027-10-03"), // 02:00 -> 02:30
				arguments("+05:30", "2027-03-14"));
	}

	@ParameterizedTest(name = "{0} on {1}")
	@MethodSource("sundays")
	void sqlAndJavaGiveTheSameVerdictOnEverySlotAroundTheDay(String zoneId, LocalDate sunday) {
		ZoneId zone = ZoneId.of(zoneId);
		WorkingHoursPolicy java = new WorkingHoursPolicy(new ClinicProperties(zone, 24));
		Instant from = sunday.atStartOfDay(zone).minusHours(2).toInstant();
		Instant to = sunday.plusDays(1).atStartOfDay(zone).plusHours(2).toInstant();
		List<String> disagreements = new ArrayList<>();
		List<Boolean> verdicts = new ArrayList<>();
		for (String interval : SUNDAY_HOURS) {
			WorkingHours hours = new WorkingHours(DayOfWeek.SUNDAY, LocalTime.parse(interval.substring(0, 5)),
					LocalTime.parse(interval.substring(6)));
			for (Verdict sql : sqlVerdicts(zone, therapistWorking(hours), from, to)) {
				boolean javaVerdict = java.withinHours(List.of(hours), sql.slot());
				verdicts.add(javaVerdict);
				if (javaVerdict != sql.covered()) {
					disagreements.add(interval + " " + sql.slot() + ": Java " + javaVerdict + ", SQL " + sql.covered());
				}
			}
		}
		assertThat(verdicts)
			.hasSize(SUNDAY_HOURS.size() * MINUTES.size() * (int) (Duration.between(from, to).toMinutes() / 5 + 1));
		assertThat(verdicts).contains(true, false);
		assertThat(disagreements).isEmpty();
	}

	/** The SQL verdict on every slot starting on the 5-minute grid in [from, to]. */
	private List<Verdict> sqlVerdicts(ZoneId zone, UUID therapist, Instant from, Instant to) {
		return jdbc.sql("""
				select s.starts_at, s.starts_at + make_interval(mins => m.minutes) as ends_at,
				       appointment_within_working_hours(:zone, :therapist, s.starts_at,
				                                        s.starts_at + make_interval(mins => m.minutes)) as covered
				  from generate_series(cast(:from as timestamptz), cast(:to as timestamptz), interval '5 minutes')
				           as s (starts_at),
				       unnest(cast(:minutes as integer[])) as m (minutes)
				""")
			.param("zone", SingleBooking.postgresZone(zone))
			.param("therapist", therapist)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("minutes", MINUTES.toArray(Integer[]::new))
			.query((rs,
					row) -> new Verdict(new TimeSlot(rs.getTimestamp("starts_at").toInstant(),
							rs.getTimestamp("ends_at").toInstant()), rs.getBoolean("covered")))
			.list();
	}

	private UUID therapistWorking(WorkingHours hours) {
		Therapists therapists = new Therapists(jdbc);
		UUID therapist = therapists.newTherapist("Agreement", "Therapist");
		therapists.workingHours(therapist, hours.dayOfWeek(), hours.start(), hours.end());
		return therapist;
	}

	record Verdict(TimeSlot slot, boolean covered) {
	}

}
