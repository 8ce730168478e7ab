package ilium.charges;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.Clinic;
import ilium.Staff;
import ilium.Staff.SignedInTherapist;
import ilium.therapists.TherapistNpiTests;
import ilium.therapists.Therapists;
import ilium.treatment.ClinicalFixtures;
import ilium.visits.ServiceNotes;
import ilium.visits.ServiceNotes.Visit;
import ilium.visits.Visits;

import static ilium.visits.ServiceNotes.DATE_OF_SERVICE;
import static ilium.visits.ServiceNotes.line;
import static ilium.visits.ServiceNotes.lines;
import static ilium.visits.ServiceNotes.note;

/**
 * Signed notes on chosen dates and the billing configuration the charges tests bill them
 * under. {@link #K1_DATE}'s year is set with example K1's figures only, by every test
 * that uses it; the year of {@code DATE_OF_SERVICE} is never configured.
 */
final class Charges {

	/** A date in the K1 year: past, so its notes can be signed. */
	static final LocalDate K1_DATE = DATE_OF_SERVICE.minusYears(2);

	private final RestTestClient http;

	private final JdbcClient jdbc;

	private final Staff staff;

	private final Visits visits;

	Charges(RestTestClient http, JdbcClient jdbc, Staff staff) {
		this.http = http;
		this.jdbc = jdbc;
		this.staff = staff;
		this.visits = new Visits(jdbc, http);
	}

	Visits visits() {
		return visits;
	}

	/**
	 * Example K1 for the patient: the K1 year at threshold 2480.00 with 97110 and 97140
	 * at 30.00, 2400.00 allowed elsewhere, and one Medicare note on {@link #K1_DATE} of
	 * 97110 30 min and 97140 10 min by the therapist, under a new plan; answers the plan.
	 */
	UUID k1(UUID patientId, SignedInTherapist therapist) {
		int year = K1_DATE.getYear();
		put("/api/v1/billing-config/" + year, Map.of("kxThreshold", 2480.00, "targetedReviewThreshold", 3000.00,
				"allowedAmounts", Map.of("97110", 30.00, "97140", 30.00)));
		priorYtdAllowed(patientId, year, 2400.00);
		UUID planId = visits.activePlan(patientId, therapist.therapistId());
		signed(therapist, new Visit(patientId, planId, appointment(patientId, therapist, K1_DATE, "10:00")), "services",
				lines(line("97110", 30), line("97140", 10)), "totalTreatmentMinutes", 40, "manualTherapy",
				List.of(ServiceNotes.manualTherapy(10)));
		return planId;
	}

	/** Records, as an admin, the patient's amount allowed elsewhere in the year. */
	void priorYtdAllowed(UUID patientId, int year, double amount) {
		put("/api/v1/patients/" + patientId + "/kx-ledger/" + year, Map.of("priorYtdAllowed", amount));
	}

	/** Sets the plan's payer. */
	void payer(UUID planId, String payerProfile) {
		new ClinicalFixtures(http, jdbc).payer(planId, payerProfile);
	}

	/**
	 * A checked-in appointment of the patient with the therapist on that date and time.
	 */
	UUID appointment(UUID patientId, SignedInTherapist therapist, LocalDate date, String time) {
		return visits.appointmentOn(patientId, therapist.therapistId(), "FOLLOW_UP", Clinic.at(date, time));
	}

	/**
	 * The visit's note, with these fields (name, value, ...), signed by the therapist.
	 */
	UUID signed(SignedInTherapist therapist, Visit visit, Object... fields) {
		UUID noteId = visits.opened(therapist.token(), visit.appointmentId(), note(visit, fields));
		visits.sign(therapist.token(), noteId).expectStatus().isOk();
		return noteId;
	}

	/** Gives the therapist a fresh NPI and answers it. */
	String npi(SignedInTherapist therapist) {
		String npi = TherapistNpiTests.newNpi();
		new Therapists(jdbc).npi(therapist.therapistId(), npi);
		return npi;
	}

	/** How many audit lines of the patient match these words, allowed. */
	long auditLines(UUID patientId, String action, String resourceType, String resourceId) {
		return jdbc.sql("""
				select count(*) from audit_event
				 where patient_id = :patient and action = :action and resource_type = :type
				   and resource_id = :id and outcome = 'ALLOWED'
				""")
			.param("patient", patientId)
			.param("action", action)
			.param("type", resourceType)
			.param("id", resourceId)
			.query(Long.class)
			.single();
	}

	private void put(String uri, Object body) {
		http.put()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isOk();
	}

}
