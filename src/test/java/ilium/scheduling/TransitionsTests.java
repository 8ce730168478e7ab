package ilium.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ilium.shared.ClinicException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransitionsTests {

	static final Instant START = Instant.parse("2027-03-01T18:00:00Z");

	@ParameterizedTest
	@CsvSource({ "BOOKED, CHECKED_IN, true", "CHECKED_IN, COMPLETED, true", "BOOKED, CANCELLED, true",
			"BOOKED, NO_SHOW, true", "BOOKED, COMPLETED, false", "CHECKED_IN, CANCELLED, false",
			"CANCELLED, BOOKED, false", "NO_SHOW, CHECKED_IN, false", "COMPLETED, NO_SHOW, false",
			"CHECKED_IN, CHECKED_IN, false" })
	void followsTheVisitLifecycle(AppointmentStatus from, AppointmentStatus to, boolean allowed) {
		assertThat(Transitions.allowed(from, to)).isEqualTo(allowed);
	}

	@Test
	void aNoShowBeforeTheStartBreaksARule() {
		assertThatThrownBy(
				() -> Transitions.require(booked(), AppointmentStatus.NO_SHOW, START.minusSeconds(1), ZoneOffset.UTC))
			.isInstanceOfSatisfying(ClinicException.class, ex -> assertThat(ex.getStatusCode().value()).isEqualTo(422));
	}

	@Test
	void aCheckInIsTakenFromTheStartOfTheVisitsDayOnTheClinicsCalendar() {
		ZoneId clinic = ZoneId.of("America/Los_Angeles");
		// START is 10:00 in Los Angeles on 2027-03-01; its day began at 08:00 UTC.
		assertThatThrownBy(() -> Transitions.require(booked(), AppointmentStatus.CHECKED_IN,
				Instant.parse("2027-03-01T07:59:59Z"), clinic))
			.isInstanceOfSatisfying(ClinicException.class, ex -> assertThat(ex.getStatusCode().value()).isEqualTo(422));
		Transitions.require(booked(), AppointmentStatus.CHECKED_IN, Instant.parse("2027-03-01T08:00:00Z"), clinic);
		Transitions.require(booked(), AppointmentStatus.CHECKED_IN, START.plus(Duration.ofDays(2)), clinic);
	}

	@Test
	void aCancellationIsLateOnlyWithinTheWindow() {
		Duration day = Duration.ofHours(24);
		assertThat(Transitions.lateCancellation(booked(), START.minus(day), day)).isFalse();
		assertThat(Transitions.lateCancellation(booked(), START.minus(day).plusSeconds(1), day)).isTrue();
	}

	private static AppointmentView booked() {
		return new AppointmentView(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), START,
				START.plusSeconds(1800), 30, AppointmentType.FOLLOW_UP, AppointmentStatus.BOOKED, null, null, false, 0);
	}

}
