package ilium.fhir;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Composition.CompositionAttestationMode;
import org.hl7.fhir.r4.model.Composition.CompositionStatus;
import org.hl7.fhir.r4.model.Composition.SectionComponent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

import ilium.episode.AddendumView;
import ilium.episode.AdherenceEntryView;
import ilium.episode.CertificationView;
import ilium.episode.DischargeSummaryView;
import ilium.episode.DocumentStatus;
import ilium.episode.GoalStatusEntry;
import ilium.episode.ProgressReportView;
import ilium.treatment.TreatmentPlanView;

/**
 * The episode of care's records: a certification interval as a {@code DocumentReference}
 * to the physician's certification of the plan of care; a progress report and the
 * discharge summary as a {@code Composition} whose sections hold the goals' statuses
 * (with references to the {@code Goal}s), the outcome measures (references to their
 * {@code Observation}s), the plan or text and the addenda, typed by LOINC (11506-3
 * Progress note, 18842-5 Discharge summary) and authored and attested by the plan's
 * therapist, who alone writes and signs them; a home-exercise adherence entry as an
 * {@code Observation} (category {@code activity}) of the week reported.
 */
final class EpisodeMapping {

	/** LOINC's document types, as R4's own document-type value sets list them. */
	static final String PROGRESS_NOTE_LOINC = "11506-3";

	static final String DISCHARGE_SUMMARY_LOINC = "18842-5";

	private EpisodeMapping() {
	}

	/** Certification interval {@code seq} of the plan: id {@code {plan id}-{seq}}. */
	static DocumentReference certification(TreatmentPlanView plan, CertificationView interval) {
		DocumentReference reference = new DocumentReference();
		reference.setId(plan.id() + "-" + interval.seq());
		reference.setStatus(DocumentReferenceStatus.CURRENT);
		reference.setDocStatus(interval.status().certified() ? DocumentReference.ReferredDocumentStatus.FINAL
				: DocumentReference.ReferredDocumentStatus.PRELIMINARY);
		reference.setType(code(Fhir.EPISODE_DOCUMENT, "PLAN_OF_CARE_CERTIFICATION"));
		reference.addCategory(code(Fhir.EPISODE_DOCUMENT, interval.kind().name()));
		reference.setSubject(FhirIds.to("Patient", plan.patientId()));
		reference.setDescription(AppointmentMapping.words(interval.kind().name()) + " of the plan of care, interval "
				+ interval.seq() + ": " + AppointmentMapping.words(interval.status().name()));
		if (interval.certifierName() != null) {
			Reference certifier = new Reference().setDisplay(interval.certifierName());
			if (interval.certifierNpi() != null) {
				certifier.getIdentifier().setSystem(Fhir.NPI).setValue(interval.certifierNpi());
			}
			reference.setAuthenticator(certifier);
		}
		LocalDate signedOn = interval.signedOn();
		if (signedOn != null) {
			reference.setDate(Date.from(signedOn.atStartOfDay().toInstant(ZoneOffset.UTC)));
		}
		reference.getContext().setPeriod(period(interval.intervalStart(), interval.intervalEnd()));
		reference.getContext().addRelated(FhirIds.to("CarePlan", plan.id()));
		StringBuilder title = new StringBuilder("Certification of the plan of care");
		if (interval.method() != null) {
			title.append(" (").append(AppointmentMapping.words(interval.method().name())).append(')');
		}
		appendDate(title, "; sent ", interval.sentOn());
		appendDate(title, "; verbal order ", interval.verbalOn());
		appendDate(title, "; signed ", interval.signedOn());
		if (interval.delayReason() != null) {
			title.append("; delayed: ").append(interval.delayReason());
		}
		reference.addContent().getAttachment().setTitle(title.toString());
		return reference;
	}

	static Composition progressReport(TreatmentPlanView plan, ProgressReportView report) {
		Composition composition = document(report.id(), plan,
				new Coding(Fhir.LOINC, PROGRESS_NOTE_LOINC, "Progress note"), "Progress report", report.status(),
				report.createdAt(), report.signedAt(), report.addenda());
		composition.getEventFirstRep()
			.setPeriod(period(report.periodStart(), report.periodEnd()))
			.addDetail(FhirIds.to("CarePlan", plan.id()));
		composition.getSection().add(0, goals(plan, report.goalStatuses()));
		composition.getSection().add(1, measures("Outcome measures", report.outcomeMeasureIds()));
		composition.getSection().add(2, text("PLAN", "Plan", report.plan()));
		return composition;
	}

	static Composition dischargeSummary(TreatmentPlanView plan, DischargeSummaryView summary) {
		Composition composition = document(summary.id(), plan,
				new Coding(Fhir.LOINC, DISCHARGE_SUMMARY_LOINC, "Discharge summary"), "Discharge summary",
				summary.status(), summary.createdAt(), summary.signedAt(), summary.addenda());
		composition.getEventFirstRep()
			.setPeriod(period(plan.startDate(), summary.dischargeDate()))
			.addDetail(FhirIds.to("CarePlan", plan.id()))
			.addCode(code(Fhir.EPISODE_DOCUMENT, summary.reason().name()));
		composition.getSection().add(0, goals(plan, summary.goalStatuses()));
		composition.getSection().add(1, measures("Final outcome measures", summary.finalOutcomeMeasureIds()));
		composition.getSection()
			.add(2, text("SUMMARY", "Discharge: " + AppointmentMapping.words(summary.reason().name()), summary.text()));
		return composition;
	}

	static Observation adherence(TreatmentPlanView plan, AdherenceEntryView entry) {
		Observation observation = new Observation();
		observation.setId(entry.id().toString());
		observation.setStatus(ObservationStatus.FINAL);
		observation.addCategory(PlanMapping.concept(Fhir.OBSERVATION_CATEGORY, "activity"));
		observation.setCode(code(Fhir.ADHERENCE, "HEP_ADHERENCE"));
		observation.setSubject(FhirIds.to("Patient", plan.patientId()));
		observation.addBasedOn(FhirIds.to("CarePlan", plan.id()));
		observation.setEffective(period(entry.reportedOn().minusDays(6), entry.reportedOn()));
		observation.setIssued(Date.from(entry.recordedAt()));
		observation.addPerformer(entry.source().name().equals("PATIENT") ? FhirIds.to("Patient", plan.patientId())
				: AssessmentMapping.staffAccount(entry.recordedBy().toString()));
		observation
			.setValue(new Quantity().setValue(entry.adherencePercent()).setUnit("%").setSystem(Fhir.UCUM).setCode("%"));
		observation.addInterpretation(code(Fhir.ADHERENCE, entry.band().name()));
		Reference prescription = new Reference().setDisplay("Home exercise prescription");
		prescription.getIdentifier().setSystem(Fhir.PRESCRIPTION_ID).setValue(entry.prescriptionId().toString());
		observation.setFocus(List.of(prescription));
		component(observation, "SESSIONS_DONE", new IntegerType(entry.sessionsDone()));
		component(observation, "SESSIONS_EXPECTED", new IntegerType(entry.expectedSessions()));
		component(observation, "RAW_PERCENT", new IntegerType(entry.rawPercent()));
		if (entry.painDuring() != null) {
			observation.addComponent()
				.setCode(ObservationMapping.code("NPRS"))
				.setValue(new IntegerType(entry.painDuring()));
		}
		component(observation, "PAIN_FLAG", new BooleanType(entry.painFlag()));
		component(observation, "SOURCE", code(Fhir.ADHERENCE, entry.source().name()));
		if (entry.note() != null) {
			observation.addNote().setText(entry.note());
		}
		return observation;
	}

	private static Composition document(UUID id, TreatmentPlanView plan, Coding type, String title,
			DocumentStatus status, java.time.Instant createdAt, java.time.@Nullable Instant signedAt,
			List<AddendumView> addenda) {
		Composition composition = new Composition();
		composition.setId(id.toString());
		composition.setStatus(status == DocumentStatus.DRAFT ? CompositionStatus.PRELIMINARY
				: addenda.isEmpty() ? CompositionStatus.FINAL : CompositionStatus.AMENDED);
		composition.setType(new CodeableConcept().addCoding(type));
		composition.setTitle(title);
		composition.setSubject(FhirIds.to("Patient", plan.patientId()));
		composition.setDate(Date.from(signedAt != null ? signedAt : createdAt));
		composition.addAuthor(FhirIds.to("Practitioner", plan.therapistId()));
		if (signedAt != null) {
			composition.addAttester()
				.setMode(CompositionAttestationMode.LEGAL)
				.setTimeElement(new DateTimeType(Date.from(signedAt)))
				.setParty(FhirIds.to("Practitioner", plan.therapistId()));
		}
		if (!addenda.isEmpty()) {
			SectionComponent section = composition.addSection()
				.setTitle("Addenda")
				.setCode(code(Fhir.EPISODE_SECTION, "ADDENDA"));
			section.setText(
					narrative(addenda.stream().map(addendum -> addendum.addedAt() + ": " + addendum.text()).toList()));
		}
		return composition;
	}

	private static SectionComponent goals(TreatmentPlanView plan, List<GoalStatusEntry> statuses) {
		SectionComponent section = new SectionComponent().setTitle("Goals")
			.setCode(code(Fhir.EPISODE_SECTION, "GOALS"));
		if (statuses.isEmpty()) {
			return empty(section);
		}
		statuses.forEach(status -> section.addEntry(FhirIds.to("Goal", plan.id() + "-" + status.goalId())));
		section.setText(narrative(statuses.stream()
			.map(status -> status.goalId() + ": " + AppointmentMapping.words(status.status().name())
					+ (status.current() == null ? "" : " (now " + status.current().toPlainString() + ")"))
			.toList()));
		return section;
	}

	private static SectionComponent measures(String title, List<UUID> outcomeIds) {
		SectionComponent section = new SectionComponent().setTitle(title)
			.setCode(code(Fhir.EPISODE_SECTION, "OUTCOME_MEASURES"));
		if (outcomeIds.isEmpty()) {
			return empty(section);
		}
		outcomeIds.forEach(id -> section.addEntry(FhirIds.to("Observation", id)));
		return section;
	}

	/**
	 * An empty section: its reason, and text saying so (R4's cmp-1 wants one or the other
	 * of text and entries).
	 */
	private static SectionComponent empty(SectionComponent section) {
		return section
			.setEmptyReason(PlanMapping.concept("http://terminology.hl7.org/CodeSystem/list-empty-reason", "nilknown"))
			.setText(narrative(List.of("None recorded.")));
	}

	private static SectionComponent text(String code, String title, String text) {
		SectionComponent section = new SectionComponent().setTitle(title).setCode(code(Fhir.EPISODE_SECTION, code));
		section.setText(narrative(List.of(text)));
		return section;
	}

	/** Plain text as a generated narrative, one paragraph a line, escaped. */
	private static Narrative narrative(List<String> paragraphs) {
		StringBuilder div = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
		paragraphs.forEach(paragraph -> div.append("<p>").append(HtmlUtils.htmlEscape(paragraph)).append("</p>"));
		Narrative narrative = new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED);
		narrative.setDivAsString(div.append("</div>").toString());
		return narrative;
	}

	private static void component(Observation observation, String code, Type value) {
		observation.addComponent().setCode(code(Fhir.ADHERENCE, code)).setValue(value);
	}

	private static CodeableConcept code(String system, String code) {
		return new CodeableConcept().addCoding(new Coding(system, code, AppointmentMapping.words(code)));
	}

	private static Period period(@Nullable LocalDate start, LocalDate end) {
		Period period = new Period().setEndElement(new DateTimeType(end.toString()));
		if (start != null) {
			period.setStartElement(new DateTimeType(start.toString()));
		}
		return period;
	}

	private static void appendDate(StringBuilder text, String label, @Nullable LocalDate date) {
		if (date != null) {
			text.append(label).append(date);
		}
	}

}
