package ilium.web;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.Clinic;
import ilium.HttpTest;
import ilium.Staff;
import ilium.scheduling.Appointments;
import ilium.therapists.Therapists;
import ilium.treatment.ClinicalFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WEB.md, Routes: a therapist's home is their day: today's appointments, each linking to
 * the patient's chart, and the compliance worklist; the other roles are refused it.
 */
@HttpTest
class MyDayPageTests {

	@LocalServerPort
	int port;

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	UUID therapist;

	PageVisitor therapistPages;

	@BeforeEach
	void signIn() {
		therapist = new Therapists(jdbc).newTherapist();
		therapistPages = new PageVisitor(port);
		therapistPages.signIn(staff.newAccount("THERAPIST", therapist), Staff.PASSWORD);
	}

	@Test
	void isTheTherapistsHome() {
		HttpResponse<String> home = therapistPages.get("/app");

		assertThat(home.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/app/my-day"));
		assertThat(therapistPages.get("/app/my-day").body()).contains(">My day</a>").contains("Compliance worklist");
	}

	@Test
	void listsTodaysAppointmentsOfThisTherapistOnly() {
		ClinicalFixtures clinical = new ClinicalFixtures(http, jdbc);
		UUID mine = clinical.newPatient();
		UUID someoneElses = clinical.newPatient();
		Instant laterToday = ZonedDateTime.now(Clinic.ZONE).withHour(23).withMinute(0).toInstant();
		Appointments appointments = new Appointments(jdbc);
		appointments.appointment(mine, therapist, laterToday, 30, "FOLLOW_UP", "BOOKED", false);
		appointments.appointment(someoneElses, new Therapists(jdbc).newTherapist(), laterToday, 30, "FOLLOW_UP",
				"BOOKED", false);

		String day = therapistPages.get("/app/my-day").body();

		assertThat(day).contains("/app/patients/" + mine + "/chart").doesNotContain(someoneElses.toString());
	}

	@Test
	void isNotForTheFrontDeskOrTheAdmin() {
		PageVisitor desk = new PageVisitor(port);
		desk.signIn(staff.newAccount("FRONT_DESK", null), Staff.PASSWORD);
		PageVisitor admin = new PageVisitor(port);
		admin.signIn(staff.newAccount("ADMIN", null), Staff.PASSWORD);

		assertThat(desk.get("/app/my-day").statusCode()).isEqualTo(403);
		assertThat(admin.get("/app/my-day").statusCode()).isEqualTo(403);
	}

}
