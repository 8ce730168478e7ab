package ilium.fhir;

import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.ChargeItem;
import org.hl7.fhir.r4.model.ChargeItem.ChargeItemStatus;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Quantity;

import ilium.charges.BillingDayView;

/**
 * A billing day as {@code ChargeItem}s, one a CPT code of the date: the code (AMA CPT),
 * its units as the quantity (a 0-unit line is {@code not-billable}), its minutes, its
 * modifiers and the day's flags as extensions, the payer, the KX standing and the tie
 * break as notes, and the visit notes it was counted from as supporting information. Id
 * {@code {patient id}-{date}-{cpt}}.
 */
final class ChargeMapping {

	private ChargeMapping() {
	}

	static List<ChargeItem> chargeItems(UUID patientId, BillingDayView day) {
		return day.lines().stream().map(line -> chargeItem(patientId, day, line)).toList();
	}

	private static ChargeItem chargeItem(UUID patientId, BillingDayView day, BillingDayView.Line line) {
		ChargeItem item = new ChargeItem();
		item.setId(patientId + "-" + day.date() + "-" + line.cpt());
		item.setStatus(line.units() > 0 ? ChargeItemStatus.BILLABLE : ChargeItemStatus.NOTBILLABLE);
		item.setCode(new CodeableConcept().addCoding(new Coding().setSystem(Fhir.CPT).setCode(line.cpt())));
		item.setSubject(FhirIds.to("Patient", patientId));
		item.setOccurrence(new DateTimeType(day.date().toString()));
		item.setQuantity(new Quantity().setValue(line.units()).setUnit("unit").setSystem(Fhir.UCUM).setCode("1"));
		if (line.minutes() != null) {
			item.addExtension(Fhir.DURATION, VisitMapping.minutes(line.minutes()));
		}
		line.modifiers().forEach(modifier -> item.addExtension(Fhir.CPT_MODIFIER, new CodeType(modifier.name())));
		day.flags().forEach(flag -> item.addExtension(Fhir.BILLING_FLAG, new CodeType(flag.name())));
		item.addSupportingInformation(FhirIds.to("CarePlan", day.treatmentPlanId()));
		day.visitNoteIds().forEach(note -> item.addSupportingInformation(FhirIds.to("Encounter", note)));
		StringBuilder note = new StringBuilder("Payer: ").append(AppointmentMapping.words(day.payerProfile().name()))
			.append("; date's timed minutes ")
			.append(day.totalTimedMinutes())
			.append("; KX: ")
			.append(AppointmentMapping.words(day.kxStatus().name()));
		if (day.kxRunningTotal() != null) {
			note.append(" (year's allowed so far ").append(day.kxRunningTotal().toPlainString()).append(')');
		}
		if (day.tieBrokenBy() != null) {
			note.append("; tie broken by ").append(AppointmentMapping.words(day.tieBrokenBy().name()));
		}
		item.addNote().setText(note.toString());
		return item;
	}

}
