package ilium.charges;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.billing.CptCode;
import ilium.reporting.ReportPeriod;
import ilium.therapists.TherapistRoster;
import ilium.therapists.TherapistView;
import ilium.visits.BillableNotes;

/**
 * The charges report (EPISODE.md HTTP): every billing line with at least one unit in a
 * period, over every patient billed in it, by date, patient and CPT. Each line is read
 * from its billing day as {@link BillingDays} counts it (units, modifiers with KX,
 * flags); its rendering therapist by {@link RenderingTherapist}. Each patient listed is
 * audited.
 */
@Service
public class ChargeReport {

	/** Patients in the order of their ids as text, which is PostgreSQL's uuid order. */
	private static final Comparator<ChargeRow> ORDER = Comparator.comparing(ChargeRow::dateOfService)
		.thenComparing(row -> row.patientId().toString())
		.thenComparing(ChargeRow::cpt);

	private static final String REPORT = "charges";

	private final BillableNotes notes;

	private final BillingDays billingDays;

	private final TherapistRoster therapists;

	private final AuditTrail auditTrail;

	ChargeReport(BillableNotes notes, BillingDays billingDays, TherapistRoster therapists, AuditTrail auditTrail) {
		this.notes = notes;
		this.billingDays = billingDays;
		this.therapists = therapists;
		this.auditTrail = auditTrail;
	}

	/** The period's charge lines, by date, patient and CPT. */
	@Transactional(readOnly = true)
	public List<ChargeRow> of(ReportPeriod period) {
		Map<UUID, TherapistView> rendering = new HashMap<>();
		List<ChargeRow> rows = new ArrayList<>();
		for (UUID patientId : this.notes.patientsBetween(period.from(), period.to())) {
			for (CountedDay day : this.billingDays.counted(patientId, period.from(), period.to())) {
				day.day()
					.lines()
					.stream()
					.filter(line -> line.units() >= 1)
					.forEach(line -> rows.add(row(patientId, day, line, rendering.computeIfAbsent(
							RenderingTherapist.of(day.notes(), CptCode.of(line.cpt())), this.therapists::read))));
			}
		}
		rows.sort(ORDER);
		rows.stream()
			.map(ChargeRow::patientId)
			.distinct()
			.forEach(patientId -> this.auditTrail.allowed(AuditAction.LIST, AuditResource.REPORT, REPORT, patientId));
		return rows;
	}

	private static ChargeRow row(UUID patientId, CountedDay day, BillingDayView.Line line, TherapistView therapist) {
		return new ChargeRow(day.day().date(), patientId, therapist.id(), therapist.npi(), day.day().payerProfile(),
				line.cpt(), line.modifiers(), line.units(), day.plan().diagnosisCode(), day.day().flags());
	}

}
