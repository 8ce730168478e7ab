package ilium.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.patients.PatientRegistry;
import ilium.shared.ClinicException;

/**
 * The clinic's billing configuration (EPISODE.md, Data), set by an ADMIN through the API
 * and never in code: each year's KX and targeted review thresholds and allowed amounts,
 * the NCCI pair table, and each patient's PT/SLP amount allowed elsewhere in a year.
 * Every change is audited, a patient's with the patient. The reads for the ledger
 * ({@link #yearConfiguration}, {@link #ncciPairs}, {@link #priorYtdAllowed}) audit
 * nothing: their caller audits its own read of the patient.
 */
@Service
public class BillingConfiguration {

	static final String BILLED_CODES = Arrays.stream(CptCode.values())
		.map(CptCode::code)
		.collect(Collectors.joining(", "));

	private final BillingConfigurationRepository configurations;

	private final PatientRegistry patients;

	private final AuditTrail auditTrail;

	BillingConfiguration(BillingConfigurationRepository configurations, PatientRegistry patients,
			AuditTrail auditTrail) {
		this.configurations = configurations;
		this.patients = patients;
		this.auditTrail = auditTrail;
	}

	/** Sets the year's configuration whole (400 for a code the clinic does not bill). */
	@Transactional
	public YearConfiguration configureYear(int year, ConfigureYear command) {
		requireYear(year);
		Map<CptCode, BigDecimal> amounts = new EnumMap<>(CptCode.class);
		command.allowedAmounts().forEach((code, amount) -> amounts.put(billedCode("allowedAmounts", code), amount));
		YearConfiguration configuration = new YearConfiguration(year, command.kxThreshold(),
				command.targetedReviewThreshold(), amounts);
		configurations.save(configuration);
		auditTrail.allowed(AuditAction.UPDATE, AuditResource.BILLING_CONFIG, year, null);
		return configuration;
	}

	/** The year's configuration, if an ADMIN has set one. */
	@Transactional(readOnly = true)
	public Optional<YearConfiguration> yearConfiguration(int year) {
		return configurations.find(year);
	}

	/** The NCCI pair table, by codes. */
	@Transactional(readOnly = true)
	public List<NcciPair> ncciPairs() {
		return configurations.ncciPairs();
	}

	/**
	 * Replaces the NCCI pair table (400 for a code the clinic does not bill, a pair of
	 * one code twice, or a pair given twice in either order).
	 */
	@Transactional
	public List<NcciPair> replaceNcciPairs(ReplaceNcciPairs command) {
		List<NcciPair> pairs = new ArrayList<>();
		for (int i = 0; i < command.pairs().size(); i++) {
			String field = "pairs[" + i + "]";
			List<String> codes = command.pairs().get(i);
			CptCode first = billedCode(field, codes.get(0));
			CptCode second = billedCode(field, codes.get(1));
			if (first == second) {
				throw ClinicException.badRequest(field, "must name two different codes");
			}
			NcciPair pair = new NcciPair(first, second);
			if (pairs.contains(pair)) {
				throw ClinicException.badRequest(field, "repeats pairs[" + pairs.indexOf(pair) + "]");
			}
			pairs.add(pair);
		}
		configurations.replaceNcciPairs(pairs);
		auditTrail.allowed(AuditAction.UPDATE, AuditResource.BILLING_CONFIG, "ncci-pairs", null);
		return configurations.ncciPairs();
	}

	/**
	 * Records the patient's amount allowed elsewhere in the year (404 unknown patient).
	 */
	@Transactional
	public KxLedgerPrior setPriorYtdAllowed(UUID patientId, int year, SetPriorYtdAllowed command) {
		requireYear(year);
		patients.requireExists(patientId);
		KxLedgerPrior prior = new KxLedgerPrior(patientId, year, YearConfiguration.money(command.priorYtdAllowed()));
		configurations.savePrior(prior);
		auditTrail.allowed(AuditAction.UPDATE, AuditResource.KX_LEDGER, year, patientId);
		return prior;
	}

	/** The patient's amount allowed elsewhere in the year; 0 when none was recorded. */
	@Transactional(readOnly = true)
	public BigDecimal priorYtdAllowed(UUID patientId, int year) {
		return configurations.prior(patientId, year).orElse(YearConfiguration.money(BigDecimal.ZERO));
	}

	private static void requireYear(int year) {
		if (year < YearConfiguration.FIRST_YEAR || year > YearConfiguration.LAST_YEAR) {
			throw ClinicException.badRequest("year",
					"must be between " + YearConfiguration.FIRST_YEAR + " and " + YearConfiguration.LAST_YEAR);
		}
	}

	private static CptCode billedCode(String field, String code) {
		try {
			return CptCode.of(code);
		}
		catch (IllegalArgumentException ex) {
			throw ClinicException.badRequest(field, "must name CPT codes the clinic bills: " + BILLED_CODES);
		}
	}

}
