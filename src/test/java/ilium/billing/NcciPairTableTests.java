package ilium.billing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NCCI pair table (EPISODE.md R7, HTTP): seeded with 97140/97530, read by ADMIN and
 * THERAPIST, replaced whole by an ADMIN; each pair two different billed codes, kept once
 * in either order. Every test leaves the seeded table behind for the tests that bill.
 */
@HttpTest
class NcciPairTableTests {

	private static final String PAIRS = "/api/v1/billing-config/ncci-pairs";

	private static final String SEEDED = """
			{"pairs":[["97140","97530"]]}""";

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BillingConfiguration configuration;

	BillingRequests requests;

	@BeforeEach
	void setUp() {
		requests = new BillingRequests(http);
	}

	@AfterEach
	void restoreTheSeededTable() {
		requests.put(staff.admin(), PAIRS, SEEDED).expectStatus().isOk();
	}

	@Test
	void theSeededPairIsManualTherapyWithTherapeuticActivities() {
		requests.get(staff.newTherapist().token(), PAIRS)
			.expectStatus()
			.isOk()
			.expectBody()
			.json(SEEDED, JsonCompareMode.STRICT);
		assertThat(configuration.ncciPairs())
			.containsExactly(new NcciPair(CptCode.MANUAL_THERAPY, CptCode.THERAPEUTIC_ACTIVITIES));
	}

	@Test
	void anAdminExtendsTheTableAndEachPairComesBackLowerCodeFirst() {
		String extended = """
				{"pairs":[["97110","97112"],["97140","97530"]]}""";

		requests.put(staff.admin(), PAIRS, """
				{"pairs":[["97530","97140"],["97112","97110"]]}""")
			.expectStatus()
			.isOk()
			.expectBody()
			.json(extended, JsonCompareMode.STRICT);
		requests.get(staff.admin(), PAIRS).expectBody().json(extended, JsonCompareMode.STRICT);
	}

	@Test
	void anAdminMayEmptyTheTable() {
		requests.put(staff.admin(), PAIRS, """
				{"pairs":[]}""").expectStatus().isOk().expectBody().json("""
				{"pairs":[]}""", JsonCompareMode.STRICT);
		assertThat(configuration.ncciPairs()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			one code twice                  | [["97140","97140"]]                     | pairs[0]
			a pair given twice, reversed    | [["97140","97530"],["97530","97140"]]   | pairs[1]
			a code the clinic does not bill | [["97140","97530"],["97140","99999"]]   | pairs[1]
			three codes                     | [["97110","97140","97530"]]             | pairs[0]
			one code                        | [["97110"]]                             | pairs[0]
			a code missing                  | [["97110",null]]                        | pairs[0][1]
			a code as a number              | [["97110",97140]]                       | pairs[0][1]
			no list                         | null                                    | pairs
			""")
	void refusesATableWithAnInvalidPairAndKeepsTheOldOne(String example, String pairs, String field) {
		requests.put(staff.admin(), PAIRS, "{\"pairs\":" + pairs + "}")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
		requests.get(staff.admin(), PAIRS).expectBody().json(SEEDED, JsonCompareMode.STRICT);
	}

	@Test
	void aTherapistReadsButNeitherTherapistNorFrontDeskReplaces() {
		String body = """
				{"pairs":[]}""";
		requests.put(staff.newTherapist().token(), PAIRS, body).expectStatus().isForbidden();
		requests.put(staff.frontDesk(), PAIRS, body).expectStatus().isForbidden();
		requests.get(staff.frontDesk(), PAIRS).expectStatus().isForbidden();
		requests.get(staff.admin(), PAIRS).expectBody().json(SEEDED, JsonCompareMode.STRICT);
	}

	@Test
	void aReplacementIsAuditedWithoutAPatient() {
		long before = replacementsAudited();

		requests.put(staff.admin(), PAIRS, SEEDED).expectStatus().isOk();

		assertThat(replacementsAudited()).isEqualTo(before + 1);
	}

	private long replacementsAudited() {
		return jdbc.sql("""
				select count(*) from audit_event
				 where resource_type = 'billing-config' and resource_id = 'ncci-pairs' and action = 'UPDATE'
				   and outcome = 'ALLOWED' and patient_id is null
				""").query(Long.class).single();
	}

}
