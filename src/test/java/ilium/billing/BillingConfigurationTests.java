package ilium.billing;

import java.util.Optional;

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

import static ilium.billing.BillingRequests.bodyOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year's billing configuration (EPISODE.md, Data and HTTP): set whole by an ADMIN, read
 * by ADMIN and THERAPIST, money as JSON numbers of at least 0 with at most 2 decimals,
 * amounts keyed by the codes the clinic bills. Each test uses a year of its own in
 * 2071..2079; 2098 is never set.
 */
@HttpTest
class BillingConfigurationTests {

	private static final String YEAR = "/api/v1/billing-config/{year}";

	private static final String K1_FIGURES = """
			{"kxThreshold":2480.00,"targetedReviewThreshold":3000.00,
			 "allowedAmounts":{"97140":30.00,"97110":30}}""";

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

	@Test
	void anAdminSetsAYearAndATherapistReadsItBackInWholeCents() {
		String set = bodyOf(requests.put(staff.admin(), YEAR, K1_FIGURES, 2071).expectStatus().isOk());
		String read = bodyOf(requests.get(staff.newTherapist().token(), YEAR, 2071).expectStatus().isOk());

		String expected = """
				{"year":2071,"kxThreshold":2480.00,"targetedReviewThreshold":3000.00,
				 "allowedAmounts":{"97110":30.00,"97140":30.00}}""".replaceAll("\\s", "");
		assertThat(set).isEqualTo(expected);
		assertThat(read).isEqualTo(expected);
	}

	@Test
	void settingAYearAgainReplacesItWhole() {
		requests.put(staff.admin(), YEAR, K1_FIGURES, 2072).expectStatus().isOk();
		requests.put(staff.admin(), YEAR, """
				{"kxThreshold":2500.50,"targetedReviewThreshold":3000,"allowedAmounts":{"97530":41.25}}""", 2072)
			.expectStatus()
			.isOk();

		requests.get(staff.admin(), YEAR, 2072).expectBody().json("""
				{"year":2072,"kxThreshold":2500.50,"targetedReviewThreshold":3000.00,
				 "allowedAmounts":{"97530":41.25}}""", JsonCompareMode.STRICT);
	}

	@Test
	void theModuleAnswersTheYearForTheLedger() {
		requests.put(staff.admin(), YEAR, K1_FIGURES, 2073).expectStatus().isOk();

		YearConfiguration year = configuration.yearConfiguration(2073).orElseThrow();
		assertThat(year.kxThreshold()).isEqualByComparingTo("2480");
		assertThat(year.allowedAmount(CptCode.THERAPEUTIC_EXERCISE))
			.hasValueSatisfying(amount -> assertThat(amount).isEqualByComparingTo("30"));
		assertThat(year.allowedAmount(CptCode.NEUROMUSCULAR_REEDUCATION)).isEmpty();
		assertThat(configuration.yearConfiguration(2098)).isEqualTo(Optional.empty());
	}

	@Test
	void aYearNeverSetIsNotFound() {
		requests.get(staff.admin(), YEAR, 2098)
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/not-found");
	}

	@Test
	void onlyAnAdminSetsAYearAndFrontDeskNeitherSetsNorReadsIt() {
		requests.put(staff.newTherapist().token(), YEAR, K1_FIGURES, 2074).expectStatus().isForbidden();
		requests.put(staff.frontDesk(), YEAR, K1_FIGURES, 2074).expectStatus().isForbidden();
		requests.get(staff.frontDesk(), YEAR, 2074).expectStatus().isForbidden();
		requests.get(staff.admin(), YEAR, 2074).expectStatus().isNotFound();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					# example                       | kxThreshold | targetedReviewThreshold | allowedAmounts                   | field named
					three decimals                  | 2480.001    | 3000.00                 | {"97110":30.00}                  | kxThreshold
					three decimals as written       | 2480.000    | 3000.00                 | {"97110":30.00}                  | kxThreshold
					a tenth of a cent               | 0.001       | 3000.00                 | {"97110":30.00}                  | kxThreshold
					negative                        | 2480.00     | -0.01                   | {"97110":30.00}                  | targetedReviewThreshold
					text, not a number              | "2480.00"   | 3000.00                 | {"97110":30.00}                  | kxThreshold
					missing                         | null        | 3000.00                 | {"97110":30.00}                  | kxThreshold
					above what the ledger holds     | 1e10        | 3000.00                 | {"97110":30.00}                  | kxThreshold
					an amount of three decimals     | 2480.00     | 3000.00                 | {"97110":30.125}                 | allowedAmounts[97110]
					a negative amount               | 2480.00     | 3000.00                 | {"97110":-1}                     | allowedAmounts[97110]
					an amount missing               | 2480.00     | 3000.00                 | {"97110":null}                   | allowedAmounts[97110]
					a code the clinic does not bill | 2480.00     | 3000.00                 | {"97110":30.00,"97999":30.00}    | allowedAmounts
					a code's constant name          | 2480.00     | 3000.00                 | {"THERAPEUTIC_EXERCISE":30.00}   | allowedAmounts
					no amounts                      | 2480.00     | 3000.00                 | null                             | allowedAmounts
					""")
	void refusesMoneyAndCodesTheLedgerCannotUseNamingTheField(String example, String kxThreshold,
			String targetedReviewThreshold, String allowedAmounts, String field) {
		String body = """
				{"kxThreshold":%s,"targetedReviewThreshold":%s,"allowedAmounts":%s}""".formatted(kxThreshold,
				targetedReviewThreshold, allowedAmounts);

		requests.put(staff.admin(), YEAR, body, 2075)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
		requests.get(staff.admin(), YEAR, 2075).expectStatus().isNotFound();
	}

	@Test
	void acceptsWholeNumbersOneDecimalAndExponentsAnsweringWholeCents() {
		requests.put(staff.admin(), YEAR, """
				{"kxThreshold":2480.5,"targetedReviewThreshold":3e3,"allowedAmounts":{"97110":0}}""", 2076)
			.expectStatus()
			.isOk()
			.expectBody()
			.json("""
					{"kxThreshold":2480.50,"targetedReviewThreshold":3000.00,"allowedAmounts":{"97110":0.00}}""");
	}

	@ParameterizedTest
	@CsvSource({ "1999", "2101", "0" })
	void refusesAYearOutsideTheSupportedSpan(int year) {
		requests.put(staff.admin(), YEAR, K1_FIGURES, year)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("year");
		requests.get(staff.admin(), YEAR, year).expectStatus().isBadRequest();
	}

	@Test
	void aChangeIsAuditedWithoutAPatient() {
		requests.put(staff.admin(), YEAR, K1_FIGURES, 2077).expectStatus().isOk();

		assertThat(jdbc.sql("""
				select count(*) from audit_event
				 where resource_type = 'billing-config' and resource_id = '2077' and action = 'UPDATE'
				   and outcome = 'ALLOWED' and patient_id is null and username = :admin
				""").param("admin", Staff.ADMIN_USERNAME).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aRefusedChangeIsAuditedAsDenied() {
		requests.put(staff.frontDesk(), YEAR, K1_FIGURES, 2078).expectStatus().isForbidden();

		assertThat(jdbc.sql("""
				select count(*) from audit_event
				 where resource_type = 'billing-config' and action = 'UPDATE' and outcome = 'DENIED'
				   and username like 'front_desk-%'
				""").query(Long.class).single()).isPositive();
	}

}
