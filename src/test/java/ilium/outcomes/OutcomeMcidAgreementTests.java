package ilium.outcomes;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.jspecify.annotations.Nullable;

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

	/**
	 * Java ({@link PsfsComparison}) and SQL ({@code psfs_comparable_means}, used by the
	 * outcomes report) pick the same shared activities and the same means, and so the
	 * same change and MCID verdict, on random PSFS pairs whose names differ in case and
	 * surrounding blanks.
	 */
	@Test
	void javaAndSqlComparePsfsPairsAlike() {
		Random random = new Random(20261201);
		List<String> disagreements = new java.util.ArrayList<>();
		int comparable = 0;
		for (int i = 0; i < 400; i++) {
			List<PsfsActivity> baseline = activities(random);
			List<PsfsActivity> latest = activities(random);
			Optional<PsfsComparison> java = PsfsComparison.of(baseline, latest);
			PsfsDecision sql = jdbc.sql("""
					select c.baseline, c.latest, outcome_improved_by_mcid('PSFS', c.baseline, c.latest) as improved
					  from psfs_comparable_means(cast(:baselineNames as text[]), cast(:baselineScores as integer[]),
					                             cast(:latestNames as text[]), cast(:latestScores as integer[])) c
					""")
				.param("baselineNames", baseline.stream().map(PsfsActivity::name).toArray(String[]::new))
				.param("baselineScores", baseline.stream().map(PsfsActivity::score).toArray(Integer[]::new))
				.param("latestNames", latest.stream().map(PsfsActivity::name).toArray(String[]::new))
				.param("latestScores", latest.stream().map(PsfsActivity::score).toArray(Integer[]::new))
				.query(PsfsDecision.class)
				.single();
			PsfsDecision expected = java
				.map(shared -> new PsfsDecision(shared.baseline(), shared.latest(),
						Instrument.PSFS.mcid().improved(shared.baseline(), shared.latest())))
				.orElse(new PsfsDecision(null, null, null));
			if (!expected.equals(sql)) {
				disagreements.add(baseline + " → " + latest + ": Java " + expected + ", SQL " + sql);
			}
			comparable += java.isPresent() ? 1 : 0;
		}
		assertThat(disagreements).isEmpty();
		// both outcomes are exercised
		assertThat(comparable).isBetween(50, 350);
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

	record PsfsDecision(@Nullable BigDecimal baseline, @Nullable BigDecimal latest, @Nullable Boolean improved) {
	}

	private static final List<String> NAMES = List.of("stairs", "sitting an hour", "walking", "lifting", "driving",
			"sleeping on the side");

	private static final List<String> SURROUNDINGS = List.of("", "", " ", "  ", "\t", " \n", "\r\n");

	/** One to five activities named as a patient might, in any case and spacing. */
	private static List<PsfsActivity> activities(Random random) {
		return java.util.stream.IntStream.range(0, 1 + random.nextInt(5)).mapToObj(i -> {
			String name = NAMES.get(random.nextInt(NAMES.size()));
			name = switch (random.nextInt(3)) {
				case 0 -> name.toUpperCase(java.util.Locale.ROOT);
				case 1 -> Character.toUpperCase(name.charAt(0)) + name.substring(1);
				default -> name;
			};
			String surrounded = SURROUNDINGS.get(random.nextInt(SURROUNDINGS.size())) + name
					+ SURROUNDINGS.get(random.nextInt(SURROUNDINGS.size()));
			return new PsfsActivity(surrounded, random.nextInt(11));
		}).toList();
	}

}
