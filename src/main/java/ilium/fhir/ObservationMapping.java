package ilium.fhir;

import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.jspecify.annotations.Nullable;

import ilium.outcomes.Instrument;
import ilium.outcomes.OutcomeView;
import ilium.outcomes.PsfsActivity;

/**
 * An outcome measure as a FHIR {@code Observation} of category {@code survey}: the score
 * as its value and, for ODI, RMDQ and PSFS, the answers as components. NPRS is LOINC
 * 72514-3; LOINC has no code for the others that we could confirm, so they are coded in
 * Ilium's own {@value Fhir#OUTCOME_MEASURE} (docs/fhir.md).
 */
final class ObservationMapping {

	static final String NPRS_LOINC = "72514-3";

	private static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

	private static final String ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason";

	private ObservationMapping() {
	}

	/** The code of an instrument's total score, by the instrument's name. */
	static CodeableConcept code(String instrument) {
		if (instrument.equals("NPRS")) {
			return new CodeableConcept().addCoding(new Coding(Fhir.LOINC, NPRS_LOINC,
					"Pain severity - 0-10 verbal numeric rating [Score] - Reported"));
		}
		return new CodeableConcept().addCoding(new Coding(Fhir.OUTCOME_MEASURE, instrument, display(instrument)));
	}

	/** The instrument a search's {@code code} names: LOINC 72514-3 or Ilium's code. */
	static @Nullable Instrument instrument(String code) {
		if (code.equals(NPRS_LOINC)) {
			return Instrument.NPRS;
		}
		return switch (code) {
			case "ODI" -> Instrument.ODI;
			case "RMDQ" -> Instrument.RMDQ;
			case "PSFS" -> Instrument.PSFS;
			default -> null;
		};
	}

	static Observation observation(OutcomeView view) {
		Observation observation = new Observation();
		observation.setId(view.id().toString());
		observation
			.setStatus(view.enteredInError() == null ? ObservationStatus.FINAL : ObservationStatus.ENTEREDINERROR);
		observation.addCategory(PlanMapping.concept(CATEGORY, "survey"));
		observation.setCode(code(view.instrument().name()));
		observation.setSubject(FhirIds.to("Patient", view.patientId()));
		if (view.treatmentPlanId() != null) {
			observation.addBasedOn(FhirIds.to("CarePlan", view.treatmentPlanId()));
		}
		observation.setEffective(new DateTimeType(view.takenOn().toString()));
		observation.setIssued(Date.from(view.recordedAt()));
		observation.setValue(score(view));
		if (view.interpretation() != null) {
			observation.addInterpretation(new CodeableConcept()
				.setText("ODI band: " + AppointmentMapping.words(view.interpretation().name())));
		}
		components(observation, view);
		if (view.enteredInError() != null) {
			observation.addNote()
				.setTimeElement(new DateTimeType(Date.from(view.enteredInError().at())))
				.setText("Entered in error: " + view.enteredInError().reason());
		}
		return observation;
	}

	private static Quantity score(OutcomeView view) {
		return new Quantity().setValue(view.score()).setUnit("score").setSystem(Fhir.UCUM).setCode("{score}");
	}

	private static void components(Observation observation, OutcomeView view) {
		String prefix = view.instrument().name();
		List<?> answers = view.answers();
		if (answers != null) {
			for (int i = 0; i < answers.size(); i++) {
				Observation.ObservationComponentComponent component = observation.addComponent()
					.setCode(item(prefix + "-" + (i + 1), display(prefix) + " item " + (i + 1)));
				Object answer = answers.get(i);
				if (answer instanceof Integer section) {
					component.setValue(new IntegerType(section));
				}
				else if (answer instanceof Boolean yes) {
					component.setValue(new BooleanType(yes));
				}
				else {
					component.setDataAbsentReason(PlanMapping.concept(ABSENT, "asked-declined"));
				}
			}
		}
		if (view.activities() != null) {
			for (PsfsActivity activity : view.activities()) {
				observation.addComponent()
					.setCode(item("PSFS-ACTIVITY", "PSFS activity").setText(activity.name()))
					.setValue(new IntegerType(activity.score()));
			}
		}
	}

	private static CodeableConcept item(String code, String display) {
		return new CodeableConcept().addCoding(new Coding(Fhir.OUTCOME_ITEM, code, display));
	}

	private static String display(String instrument) {
		return switch (instrument) {
			case "ODI" -> "Oswestry Disability Index";
			case "RMDQ" -> "Roland-Morris Disability Questionnaire";
			case "PSFS" -> "Patient-Specific Functional Scale";
			default -> "Numeric Pain Rating Scale";
		};
	}

}
