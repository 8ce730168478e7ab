package ilium.outcomes;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ilium.HttpTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Java ({@link Mcid}) and SQL ({@code outcome_improved_by_mcid}, used by reports) decide
 * {@code improvedByMcid} identically, on a grid covering every instrument's range in its
 * own steps (whole points, ODI tenths, PSFS hundredths near the boundaries).
 */
@HttpTest
class OutcomeMcidAgreementTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void javaAndSqlAgreeOnEveryPair() {
		int compared = 0;
		List<String> disagreements = new java.util.ArrayList<>();
		for (Instrument instrument : Instrument.values()) {
			for (Decision decision : sqlDecisions(instrument)) {
				if (decision.improved() != instrument.mcid().improved(decision.baseline(), decision.latest())) {
					disagreements.add(instrument + " " + decision.baseline() + " → " + decision.latest());
				}
				compared++;
			}
		}
		assertThat(disagreements).isEmpty();
		assertThat(compared).isGreaterThan(10_000);
	}

	@Test
	void anUnknownBaselineOrLatestDecidesNothing() {
		List<Boolean> decisions = jdbc
			.sql("""
					select outcome_improved_by_mcid(i, b, l)
					  from (values ('NPRS', null, 3.0), ('ODI', 40.0, null), ('PSFS', null, null), (null, 8.0, 2.0)) v(i, b, l)
					""")
			.query(Boolean.class)
			.list();
		assertThat(decisions).hasSize(4).containsOnlyNulls();
	}

	/**
	 * Reports call the rule once per patient: PostgreSQL must inline it rather than call
	 * it, or the outcomes report spends half its time in function calls (V46).
	 */
	@Test
	void postgresInlinesTheRuleIntoTheQueriesThatUseIt() {
		String plan = String.join("\n", jdbc
			.sql("""
					explain (verbose, costs off)
					select outcome_improved_by_mcid(i, b, l) from (values ('NPRS', 8.0, 2.0), ('ODI', 40.0, 20.0)) v(i, b, l)
					""")
			.query(String.class)
			.list());
		assertThat(plan).doesNotContain("outcome_improved_by_mcid").contains("CASE");
	}

	private List<Decision> sqlDecisions(Instrument instrument) {
		String[] range = switch (instrument) {
			case NPRS -> new String[] { "10", "1" };
			case RMDQ -> new String[] { "24", "1" };
			case ODI -> new String[] { "100", "0.5" };
			case PSFS -> new String[] { "10", "0.25" };
		};
		return jdbc.sql("""
				select b.v as baseline, l.v as latest, outcome_improved_by_mcid(:instrument, b.v, l.v) as improved
				  from generate_series(0, cast(:max as numeric), cast(:step as numeric)) b(v)
				 cross join generate_series(0, cast(:max as numeric), cast(:step as numeric)) l(v)
				""")
			.param("instrument", instrument.name())
			.param("max", new BigDecimal(range[0]))
			.param("step", new BigDecimal(range[1]))
			.query(Decision.class)
			.list();
	}

	record Decision(BigDecimal baseline, BigDecimal latest, boolean improved) {
	}

}
