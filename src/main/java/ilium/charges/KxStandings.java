package ilium.charges;

import java.math.BigDecimal;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.billing.BillingConfiguration;
import ilium.billing.KxStatus;
import ilium.billing.YearConfiguration;
import ilium.patients.PatientRegistry;
import ilium.shared.ClinicException;

/**
 * Where a patient's calendar year stands against the KX threshold (EPISODE.md R13): the
 * amount allowed elsewhere that billing records, carried through the year's Medicare
 * billing days as {@link BillingDays} counts them. Read by therapists and admins, audited
 * with the patient.
 */
@Service
public class KxStandings {

	private final BillingDays billingDays;

	private final BillingConfiguration configuration;

	private final PatientRegistry patients;

	private final AuditTrail auditTrail;

	KxStandings(BillingDays billingDays, BillingConfiguration configuration, PatientRegistry patients,
			AuditTrail auditTrail) {
		this.billingDays = billingDays;
		this.configuration = configuration;
		this.patients = patients;
		this.auditTrail = auditTrail;
	}

	/**
	 * The patient's year (400 for a year outside the configurable ones, 404 unknown
	 * patient): the total and status after its last Medicare billing day, or the amount
	 * allowed elsewhere and {@code NOT_APPLICABLE} when it has none.
	 */
	@Transactional(readOnly = true)
	public KxLedgerView of(UUID patientId, int year) {
		if (year < YearConfiguration.FIRST_YEAR || year > YearConfiguration.LAST_YEAR) {
			throw ClinicException.badRequest("year",
					"must be between " + YearConfiguration.FIRST_YEAR + " and " + YearConfiguration.LAST_YEAR);
		}
		this.patients.requireExists(patientId);
		BigDecimal prior = this.configuration.priorYtdAllowed(patientId, year);
		KxLedgerView view = this.billingDays.kxLedger(patientId, year)
			.map(ledger -> new KxLedgerView(patientId, year, prior, ledger.runningTotal(), ledger.status()))
			.orElseGet(() -> new KxLedgerView(patientId, year, prior, prior, KxStatus.NOT_APPLICABLE));
		this.auditTrail.allowed(AuditAction.READ, AuditResource.KX_LEDGER, year, patientId);
		return view;
	}

}
