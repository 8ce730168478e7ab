package ilium.charges;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;
import ilium.Staff.SignedInTherapist;
import ilium.visits.ServiceNotes.Visit;

import static ilium.charges.Charges.K1_DATE;
import static ilium.visits.ServiceNotes.DATE_OF_SERVICE;
import static ilium.visits.ServiceNotes.line;
import static ilium.visits.ServiceNotes.lines;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A patient's year against the KX threshold (EPISODE.md R13, HTTP {@code GET
 * /patients/{id}/kx-ledger/{year}}): the amount allowed elsewhere carried through the
 * year's Medicare billing days, read by therapists and admins, audited.
 */
@HttpTest
class KxStandingTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	private Charges charges;

	private SignedInTherapist therapist;

	@BeforeEach
	void setUp() {
		charges = new Charges(http, jdbc, staff);
		therapist = staff.newTherapist();
	}

	@Test
	void theYearStandsAtTheTotalAndStatusAfterItsLastMedicareDay() {
		// K1: 2400.00 allowed elsewhere, then 97110×2 and 97140×1 at 30.00 → 2490.00,
		// above the 2480.00 threshold.
		UUID patientId = charges.visits().patient();
		charges.k1(patientId, therapist);
		int year = K1_DATE.getYear();
		ledger(therapist.token(), patientId, year).expectStatus().isOk().expectBody().json("""
				{"patientId":"%s","year":%d,"priorYtdAllowed":2400.00,"runningTotal":2490.00,
				 "kxStatus":"OVER_THRESHOLD"}""".formatted(patientId, year), JsonCompareMode.STRICT);
	}

	@Test
	void aYearWithoutMedicareDaysStandsAtItsAmountAllowedElsewhere() {
		// A self-paying patient's days never enter the ledger, even in a configured year.
		UUID patientId = charges.visits().patient();
		UUID planId = charges.visits().activePlan(patientId, therapist.therapistId());
		charges.payer(planId, "SELF_PAY");
		charges.signed(therapist,
				new Visit(patientId, planId, charges.appointment(patientId, therapist, K1_DATE, "10:00")), "services",
				lines(line("97110", 30)), "totalTreatmentMinutes", 30);
		charges.priorYtdAllowed(patientId, K1_DATE.getYear(), 1200.5);
		ledger(staff.admin(), patientId, K1_DATE.getYear()).expectStatus()
			.isOk()
			.expectBody()
			.json("""
					{"priorYtdAllowed":1200.50,"runningTotal":1200.50,"kxStatus":"NOT_APPLICABLE"}""",
					JsonCompareMode.LENIENT);
		ledger(staff.admin(), patientId, 2098).expectStatus()
			.isOk()
			.expectBody()
			.json("""
					{"year":2098,"priorYtdAllowed":0.00,"runningTotal":0.00,"kxStatus":"NOT_APPLICABLE"}""",
					JsonCompareMode.LENIENT);
	}

	@Test
	void aYearWithoutConfigurationHasNoKnownTotal() {
		UUID patientId = charges.visits().patient();
		UUID planId = charges.visits().activePlan(patientId, therapist.therapistId());
		charges.signed(therapist,
				new Visit(patientId, planId, charges.appointment(patientId, therapist, DATE_OF_SERVICE, "10:00")),
				"services", lines(line("97110", 30)), "totalTreatmentMinutes", 30);
		ledger(therapist.token(), patientId, DATE_OF_SERVICE.getYear()).expectStatus().isOk().expectBody().json("""
				{"priorYtdAllowed":0.00,"runningTotal":null,"kxStatus":"UNKNOWN"}""", JsonCompareMode.LENIENT);
	}

	@Test
	void isReadByTherapistsAndAdminsOfAKnownPatientAndAudited() {
		UUID patientId = charges.visits().patient();
		int year = DATE_OF_SERVICE.getYear();
		ledger(staff.frontDesk(), patientId, year).expectStatus().isForbidden();
		ledger(therapist.token(), UUID.randomUUID(), year).expectStatus().isNotFound();
		ledger(therapist.token(), patientId, 1999).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("year");
		ledger(therapist.token(), patientId, year).expectStatus().isOk();
		ledger(staff.admin(), patientId, year).expectStatus().isOk();
		assertThat(charges.auditLines(patientId, "READ", "kx-ledger", String.valueOf(year))).isEqualTo(2);
	}

	private RestTestClient.ResponseSpec ledger(String token, UUID patientId, int year) {
		return http.get()
			.uri("/api/v1/patients/{id}/kx-ledger/{year}", patientId, year)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange();
	}

}
