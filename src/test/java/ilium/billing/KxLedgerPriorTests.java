package ilium.billing;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.Clinic;
import ilium.HttpTest;
import ilium.Staff;

import static ilium.billing.BillingRequests.bodyOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A patient's PT/SLP amount allowed elsewhere in a year (EPISODE.md R13, HTTP): set by an
 * ADMIN, audited with the patient, 0 until set.
 */
@HttpTest
class KxLedgerPriorTests {

	private static final String LEDGER = "/api/v1/patients/{id}/kx-ledger/{year}";

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BillingConfiguration configuration;

	BillingRequests requests;

	UUID patientId;

	@BeforeEach
	void setUp() {
		requests = new BillingRequests(http);
		patientId = new Clinic(http, jdbc, staff).newPatient();
	}

	@Test
	void anAdminRecordsThePriorAmountInWholeCents() {
		String answer = bodyOf(requests.put(staff.admin(), LEDGER, """
				{"priorYtdAllowed":2400}""", patientId, 2027).expectStatus().isOk());

		assertThat(answer).isEqualTo("""
				{"patientId":"%s","year":2027,"priorYtdAllowed":2400.00}""".formatted(patientId));
		assertThat(configuration.priorYtdAllowed(patientId, 2027)).isEqualTo(new BigDecimal("2400.00"));
	}

	@Test
	void settingItAgainReplacesItForThatYearOnly() {
		requests.put(staff.admin(), LEDGER, """
				{"priorYtdAllowed":2400.00}""", patientId, 2027).expectStatus().isOk();
		requests.put(staff.admin(), LEDGER, """
				{"priorYtdAllowed":1200.50}""", patientId, 2028).expectStatus().isOk();
		requests.put(staff.admin(), LEDGER, """
				{"priorYtdAllowed":0}""", patientId, 2027).expectStatus().isOk();

		assertThat(configuration.priorYtdAllowed(patientId, 2027)).isEqualByComparingTo("0");
		assertThat(configuration.priorYtdAllowed(patientId, 2028)).isEqualByComparingTo("1200.50");
	}

	@Test
	void aYearNeverRecordedCountsAsZero() {
		assertThat(configuration.priorYtdAllowed(patientId, 2027)).isEqualTo(new BigDecimal("0.00"));
	}

	@Test
	void anUnknownPatientIsNotFound() {
		requests.put(staff.admin(), LEDGER, """
				{"priorYtdAllowed":10.00}""", UUID.randomUUID(), 2027).expectStatus().isNotFound().expectBody().json("""
				{"type":"https://ilium.example/problems/not-found"}""", JsonCompareMode.LENIENT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "10.001", "-0.01", "\"10.00\"", "null", "1e10" })
	void refusesAnAmountThatIsNotMoney(String amount) {
		requests.put(staff.admin(), LEDGER, "{\"priorYtdAllowed\":" + amount + "}", patientId, 2027)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("priorYtdAllowed");
		assertThat(configuration.priorYtdAllowed(patientId, 2027)).isEqualByComparingTo("0");
	}

	@ParameterizedTest
	@ValueSource(ints = { 1999, 2101 })
	void refusesAYearOutsideTheSupportedSpan(int year) {
		requests.put(staff.admin(), LEDGER, """
				{"priorYtdAllowed":10.00}""", patientId, year)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("year");
	}

	@Test
	void onlyAnAdminRecordsIt() {
		String body = """
				{"priorYtdAllowed":10.00}""";
		requests.put(staff.newTherapist().token(), LEDGER, body, patientId, 2027).expectStatus().isForbidden();
		requests.put(staff.frontDesk(), LEDGER, body, patientId, 2027).expectStatus().isForbidden();
		assertThat(audited("DENIED")).isEqualTo(2);
		assertThat(configuration.priorYtdAllowed(patientId, 2027)).isEqualByComparingTo("0");
	}

	@Test
	void aChangeIsAuditedWithThePatient() {
		requests.put(staff.admin(), LEDGER, """
				{"priorYtdAllowed":10.00}""", patientId, 2027).expectStatus().isOk();

		assertThat(audited("ALLOWED")).isEqualTo(1);
	}

	private long audited(String outcome) {
		return jdbc.sql("""
				select count(*) from audit_event
				 where patient_id = :patient and resource_type = 'kx-ledger' and action = 'UPDATE'
				   and outcome = :outcome
				""").param("patient", patientId).param("outcome", outcome).query(Long.class).single();
	}

}
