package ilium.visits;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.Staff;
import ilium.Staff.SignedInTherapist;

/**
 * What the visit-note tests share: the {@link Visits} fixture and a therapist of their
 * own for each test.
 */
abstract class VisitNoteTestBase {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	Visits visits;

	SignedInTherapist therapist;

	@BeforeEach
	void setUp() {
		visits = new Visits(jdbc, http);
		therapist = staff.newTherapist();
	}

}
