package ilium.web;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
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
import ilium.visits.Visits;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WEB.md, Routes: a therapist's home is their day: today's appointments, each linking to
 * the patient's chart, the notes they still have to sign, and the compliance worklist;
 * the other roles are refused it.
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

	String token;

	PageVisitor therapistPages;

	@BeforeEach
	void signIn() {
		therapist = new Therapists(jdbc).newTherapist();
		therapistPages = new PageVisitor(port);
		String username = staff.newAccount("THERAPIST", therapist);
		token = staff.token(username, Staff.PASSWORD);
		therapistPages.signIn(username, Staff.PASSWORD);
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
	void listsTheDraftsThisTherapistStillHasToSignAndNoSignedNote() {
		ClinicalFixtures clinical = new ClinicalFixtures(http, jdbc);
		Visits visits = new Visits(jdbc, http);
		Appointments appointments = new Appointments(jdbc);
		UUID patient = clinical.newPatient();
		Instant earlier = ZonedDateTime.now(Clinic.ZONE).minusDays(1).toInstant();
		UUID draft = visits.opened(token,
				appointments.checkedIn(patient, therapist, "FOLLOW_UP", earlier.minusSeconds(7200)), soap(Map.of()));
		UUID signed = visits.opened(token, appointments.checkedIn(patient, therapist, "FOLLOW_UP", earlier),
				soap(Map.of()));
		visits.sign(token, signed).expectStatus().isOk();

		String day = therapistPages.get("/app/my-day").body();

		assertThat(day).contains("Notes to sign")
			.contains("/app/notes/" + draft)
			.doesNotContain("/app/notes/" + signed);
		assertThat(jdbc.sql("""
				select count(*) from audit_event
				 where resource_id = :id and action = 'READ' and outcome = 'ALLOWED'
				""").param("id", draft.toString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void showsWhatIsDueOnThisTherapistsPlans() {
		ClinicalFixtures clinical = new ClinicalFixtures(http, jdbc);
		UUID patient = clinical.newPatient();
		LocalDate started = ClinicalFixtures.today().minusDays(40);
		UUID plan = clinical.activePlan(patient, therapist, started, 8);
		Visits visits = new Visits(jdbc, http);
		UUID treated = visits.opened(token,
				new Appointments(jdbc).checkedIn(patient, therapist, "FOLLOW_UP", Clinic.at(started, "09:00")),
				soap(Map.of("treatmentPlanId", plan, "services", List.of(Map.of("cpt", "97110", "minutes", 15)),
						"totalTreatmentMinutes", 15)));
		visits.sign(token, treated).expectStatus().isOk();

		String day = therapistPages.get("/app/my-day").body();

		assertThat(day).contains("/app/plans/" + plan).contains("Gap in care");
	}

	private static Map<String, Object> soap(Map<String, Object> more) {
		Map<String, Object> note = new java.util.HashMap<>(Map.of("subjective", "Better", "objective",
				"Thigh thrust negative", "assessment", "Improving", "plan", "Continue"));
		note.putAll(more);
		return note;
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
