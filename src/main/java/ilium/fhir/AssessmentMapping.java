package ilium.fhir;

import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;

import ilium.assessment.EvaluationView;
import ilium.assessment.ProvocationResult;
import ilium.assessment.ScreeningView;

/**
 * The assessment's records as {@code Observation} panels, each answer or finding a
 * component: a red-flag screening (category {@code survey}: the patient's answers) with
 * its disposition as the value, the flags raised and the physician's clearance; an SI
 * joint evaluation (category {@code exam}) with the Laslett cluster's result as the value
 * and each provocation test, the ASLR and the joint's mobility. NPRS components carry
 * LOINC 72514-3; every other code is Ilium's own (docs/fhir.md).
 */
final class AssessmentMapping {

	private AssessmentMapping() {
	}

	static Observation screening(ScreeningView screening) {
		Observation observation = panel(screening.id().toString(), "survey", "RED_FLAG_SCREENING", "Red-flag screening",
				screening.patientId().toString(), screening.recordedBy().toString());
		observation.setEffective(new DateTimeType(screening.screenedOn().toString()));
		observation.setIssued(Date.from(screening.recordedAt()));
		observation.setValue(answer(screening.disposition().name()));
		List.of(answer("FEVER", screening.fever()),
				answer("LOW_BACK_OR_BUTTOCK_PAIN", screening.lowBackOrButtockPain()),
				answer("DEEP_THIGH_PAIN", screening.deepThighPain()),
				answer("DIFFICULTY_WALKING", screening.difficultyWalking()),
				answer("SADDLE_ANESTHESIA", screening.saddleAnesthesia()),
				answer("BLADDER_OR_BOWEL_DYSFUNCTION", screening.bladderOrBowelDysfunction()),
				answer("PROGRESSIVE_NEUROLOGICAL_DEFICIT", screening.progressiveNeurologicalDeficit()),
				answer("HISTORY_OF_CANCER", screening.historyOfCancer()),
				answer("UNEXPLAINED_WEIGHT_LOSS", screening.unexplainedWeightLoss()),
				answer("MAJOR_TRAUMA", screening.majorTrauma()),
				answer("IMMUNOSUPPRESSION_OR_IV_DRUG_USE", screening.immunosuppressionOrIvDrugUse()))
			.forEach(observation::addComponent);
		if (screening.painSide() != null) {
			component(observation, "PAIN_SIDE", answer(screening.painSide().name()));
		}
		screening.painLocations().forEach(location -> component(observation, "PAIN_LOCATION", answer(location.name())));
		screening.symptoms().forEach(symptom -> component(observation, "SYMPTOM", answer(symptom.name())));
		screening.contributingFactors()
			.forEach(factor -> component(observation, "CONTRIBUTING_FACTOR", answer(factor.name())));
		nprs(observation, screening.nprs());
		screening.redFlags().forEach(flag -> component(observation, "RED_FLAG", answer(flag.name())));
		ScreeningView.Clearance clearance = screening.clearance();
		if (clearance != null) {
			component(observation, "CLEARED_BY", new StringType(clearance.clearedBy()));
			if (clearance.clearedByNpi() != null) {
				component(observation, "CLEARED_BY_NPI", new StringType(clearance.clearedByNpi()));
			}
			component(observation, "CLEARED_ON", new DateTimeType(clearance.clearedOn().toString()));
			if (clearance.note() != null) {
				component(observation, "CLEARANCE_NOTE", new StringType(clearance.note()));
			}
		}
		component(observation, "RESOLVED", new BooleanType(screening.resolved()));
		return observation;
	}

	static Observation evaluation(EvaluationView evaluation) {
		Observation observation = panel(evaluation.id().toString(), "exam", "SI_JOINT_EVALUATION",
				"SI joint evaluation", evaluation.patientId().toString(), evaluation.recordedBy().toString());
		observation.setEffective(new DateTimeType(Date.from(evaluation.recordedAt())));
		observation.setIssued(Date.from(evaluation.recordedAt()));
		observation.setValue(answer(evaluation.cluster().result().name()));
		test(observation, "DISTRACTION", evaluation.provocationTests().distraction());
		test(observation, "THIGH_THRUST", evaluation.provocationTests().thighThrust());
		test(observation, "COMPRESSION", evaluation.provocationTests().compression());
		test(observation, "SACRAL_THRUST", evaluation.provocationTests().sacralThrust());
		test(observation, "GAENSLEN", evaluation.provocationTests().gaenslen());
		component(observation, "POSITIVE_TESTS", new IntegerType(evaluation.cluster().positiveCount()));
		component(observation, "TESTS_DONE", new IntegerType(evaluation.cluster().testedCount()));
		if (evaluation.aslr() != null) {
			component(observation, "ASLR_LEFT", new IntegerType(evaluation.aslr().left()));
			component(observation, "ASLR_RIGHT", new IntegerType(evaluation.aslr().right()));
			component(observation, "ASLR_TOTAL", new IntegerType(evaluation.aslr().total()));
		}
		if (evaluation.aslrEasierWithCompression() != null) {
			component(observation, "ASLR_EASIER_WITH_COMPRESSION",
					new BooleanType(evaluation.aslrEasierWithCompression()));
		}
		if (evaluation.jointMobility() != null) {
			component(observation, "JOINT_MOBILITY", answer(evaluation.jointMobility().name()));
		}
		if (evaluation.painSide() != null) {
			component(observation, "PAIN_SIDE", answer(evaluation.painSide().name()));
		}
		nprs(observation, evaluation.nprs());
		if (evaluation.findings() != null) {
			observation.addNote().setText(evaluation.findings());
		}
		return observation;
	}

	private static Observation panel(String id, String category, String code, String display, String patientId,
			String recordedBy) {
		Observation observation = new Observation();
		observation.setId(id);
		observation.setStatus(ObservationStatus.FINAL);
		observation.addCategory(PlanMapping.concept(Fhir.OBSERVATION_CATEGORY, category));
		observation.setCode(new CodeableConcept().addCoding(new Coding(Fhir.ASSESSMENT, code, display)));
		observation.setSubject(FhirIds.to("Patient", patientId));
		observation.addPerformer(staffAccount(recordedBy));
		return observation;
	}

	/** A staff account (who recorded or wrote a record), by identifier. */
	static Reference staffAccount(String userId) {
		Reference reference = new Reference();
		reference.getIdentifier().setSystem(Fhir.STAFF_ACCOUNT).setValue(userId);
		return reference;
	}

	private static void test(Observation observation, String test, ProvocationResult result) {
		ObservationComponentComponent component = observation.addComponent().setCode(item(test));
		if (result == ProvocationResult.NOT_TESTED) {
			component.setDataAbsentReason(PlanMapping.concept(Fhir.DATA_ABSENT, "not-performed"));
		}
		else {
			component.setValue(answer(result.name()));
		}
	}

	private static void nprs(Observation observation, @Nullable Integer nprs) {
		if (nprs != null) {
			observation.addComponent().setCode(ObservationMapping.code("NPRS")).setValue(new IntegerType(nprs));
		}
	}

	private static ObservationComponentComponent answer(String question, boolean yes) {
		return new ObservationComponentComponent(item(question)).setValue(new BooleanType(yes));
	}

	private static void component(Observation observation, String item, Type value) {
		observation.addComponent().setCode(item(item)).setValue(value);
	}

	private static CodeableConcept item(String code) {
		return new CodeableConcept().addCoding(new Coding(Fhir.ASSESSMENT_ITEM, code, AppointmentMapping.words(code)));
	}

	private static CodeableConcept answer(String code) {
		return new CodeableConcept()
			.addCoding(new Coding(Fhir.ASSESSMENT_ANSWER, code, AppointmentMapping.words(code)));
	}

}
