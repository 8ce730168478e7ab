package ilium.scheduling;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.Clinic;
import ilium.Staff;

/**
 * What the scheduling HTTP tests share: each test gets a therapist and a patient of its
 * own, so tests on the one shared database never see each other's bookings.
 */
abstract class BookingTestBase {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	Clinic clinic;

	UUID therapist;

	UUID patient;

	@BeforeEach
	void arrange() {
		clinic = new Clinic(http, jdbc, staff);
		therapist = clinic.newTherapist();
		patient = clinic.newPatient();
	}

}
