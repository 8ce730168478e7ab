package ilium.billing;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BillingConfigurationRepository {

	private final JdbcClient jdbc;

	BillingConfigurationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Saves the year whole: its thresholds, and its amounts replacing the old ones. */
	void save(YearConfiguration configuration) {
		jdbc.sql("""
				insert into billing_configuration (year, kx_threshold, targeted_review_threshold)
				values (:year, :kx, :targetedReview)
				on conflict (year) do update
				   set kx_threshold = excluded.kx_threshold,
				       targeted_review_threshold = excluded.targeted_review_threshold
				""")
			.param("year", configuration.year())
			.param("kx", configuration.kxThreshold())
			.param("targetedReview", configuration.targetedReviewThreshold())
			.update();
		jdbc.sql("delete from billing_allowed_amount where year = :year").param("year", configuration.year()).update();
		configuration.allowedAmounts()
			.forEach((cpt, amount) -> jdbc
				.sql("insert into billing_allowed_amount (year, cpt, amount) values (:year, :cpt, :amount)")
				.param("year", configuration.year())
				.param("cpt", cpt.code())
				.param("amount", amount)
				.update());
	}

	Optional<YearConfiguration> find(int year) {
		Map<CptCode, BigDecimal> amounts = new EnumMap<>(CptCode.class);
		jdbc.sql("select cpt, amount from billing_allowed_amount where year = :year")
			.param("year", year)
			.query((rs, row) -> amounts.put(CptCode.of(rs.getString("cpt")), rs.getBigDecimal("amount")))
			.list();
		return jdbc.sql("""
				select kx_threshold, targeted_review_threshold from billing_configuration where year = :year
				""")
			.param("year", year)
			.query((rs, row) -> new YearConfiguration(year, rs.getBigDecimal("kx_threshold"),
					rs.getBigDecimal("targeted_review_threshold"), amounts))
			.optional();
	}

	List<NcciPair> ncciPairs() {
		return jdbc.sql("select cpt_low, cpt_high from ncci_pair order by cpt_low, cpt_high")
			.query((rs, row) -> new NcciPair(CptCode.of(rs.getString("cpt_low")), CptCode.of(rs.getString("cpt_high"))))
			.list();
	}

	/**
	 * Replaces the whole table. The lock (which readers never wait for) lets one
	 * replacement finish before the next deletes, so two at once never mix their pairs.
	 */
	void replaceNcciPairs(List<NcciPair> pairs) {
		jdbc.sql("lock table ncci_pair in share row exclusive mode").update();
		jdbc.sql("delete from ncci_pair").update();
		pairs.forEach(pair -> jdbc.sql("insert into ncci_pair (cpt_low, cpt_high) values (:low, :high)")
			.param("low", pair.first().code())
			.param("high", pair.second().code())
			.update());
	}

	void savePrior(KxLedgerPrior prior) {
		jdbc.sql("""
				insert into kx_ledger (patient_id, year, prior_ytd_allowed) values (:patient, :year, :prior)
				on conflict (patient_id, year) do update set prior_ytd_allowed = excluded.prior_ytd_allowed
				""")
			.param("patient", prior.patientId())
			.param("year", prior.year())
			.param("prior", prior.priorYtdAllowed())
			.update();
	}

	Optional<BigDecimal> prior(UUID patientId, int year) {
		return jdbc.sql("select prior_ytd_allowed from kx_ledger where patient_id = :patient and year = :year")
			.param("patient", patientId)
			.param("year", year)
			.query(BigDecimal.class)
			.optional();
	}

}
