package ilium.billing;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.Clinic;
import ilium.HttpTest;
import ilium.Staff;
import ilium.shared.DatabaseConstraint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PostgreSQL holds the billing configuration's rules whatever code writes it: years in
 * 2000..2100, money never negative, only billed codes, an NCCI pair kept once in one
 * form, a ledger only for a known patient. Rows go in a year no other test uses (2090),
 * and the seeded NCCI pair stands for the table's uniqueness.
 */
@HttpTest
class BillingConfigurationDatabaseTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RestTestClient http;

	@Autowired
	Staff staff;

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					insert into billing_configuration values (1999, 1, 1)                 | billing_configuration_year_range
					insert into billing_configuration values (2090, -0.01, 1)             | billing_configuration_kx_threshold_not_negative
					insert into billing_configuration values (2090, 1, -1)                | billing_configuration_targeted_review_threshold_not_negative
					insert into billing_allowed_amount values (2089, '97110', 1)          | billing_allowed_amount_year_fk
					insert into billing_allowed_amount values (2090, '97999', 1)          | billing_allowed_amount_cpt_known
					insert into billing_allowed_amount values (2090, '97110', -1)         | billing_allowed_amount_not_negative
					insert into ncci_pair values ('97530', '97140')                       | ncci_pair_lower_code_first
					insert into ncci_pair values ('97140', '97140')                       | ncci_pair_lower_code_first
					insert into ncci_pair values ('97140', '97999')                       | ncci_pair_cpt_known
					insert into kx_ledger values (gen_random_uuid(), 2027, 1)             | kx_ledger_patient_fk
					""")
	void refuses(String statement, String constraint) {
		jdbc.sql("insert into billing_configuration values (2090, 1, 1) on conflict do nothing").update();

		assertThatThrownBy(() -> jdbc.sql(statement).update())
			.satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex)).contains(constraint));
	}

	@Test
	void keepsAPairOnce() {
		assertThatThrownBy(() -> jdbc.sql("insert into ncci_pair values ('97140', '97530')").update())
			.satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex)).contains("ncci_pair_unordered_unique"));
	}

	@ParameterizedTest
	@CsvSource({ "1999", "2101" })
	void refusesALedgerYearOutsideTheSpan(int year) {
		UUID patient = new Clinic(http, jdbc, staff).newPatient();

		assertThatThrownBy(() -> jdbc.sql("insert into kx_ledger values (:patient, :year, 1)")
			.param("patient", patient)
			.param("year", year)
			.update()).satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex)).contains("kx_ledger_year_range"));
	}

}
