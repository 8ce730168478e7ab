package ilium.fhir;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The FHIR API's base path, its media type and the URIs of the code systems, naming
 * systems and extensions Ilium defines (docs/fhir.md lists them). The URIs are stable:
 * clients store them.
 */
final class Fhir {

	static final String BASE = "/fhir/r4";

	static final MediaType JSON = MediaType.valueOf("application/fhir+json");

	static final String JSON_VALUE = "application/fhir+json";

	static final String ILIUM = "https://ilium.health/fhir/";

	/** Ilium's own code systems. */
	static final String OUTCOME_MEASURE = ILIUM + "CodeSystem/outcome-measure";

	static final String OUTCOME_ITEM = ILIUM + "CodeSystem/outcome-item";

	static final String MANUAL_TECHNIQUE = ILIUM + "CodeSystem/manual-technique";

	static final String TREATED_REGION = ILIUM + "CodeSystem/treated-region";

	static final String CARE_ACTIVITY = ILIUM + "CodeSystem/care-activity";

	static final String EDUCATION_TOPIC = ILIUM + "CodeSystem/education-topic";

	static final String GOAL_TERM = ILIUM + "CodeSystem/goal-term";

	static final String APPOINTMENT_TYPE = ILIUM + "CodeSystem/appointment-type";

	static final String VISIT_DOCUMENT = ILIUM + "CodeSystem/visit-document";

	static final String EXERCISE = ILIUM + "CodeSystem/exercise";

	static final String PAIN_TIMING = ILIUM + "CodeSystem/pain-timing";

	static final String ASSESSMENT = ILIUM + "CodeSystem/assessment";

	static final String ASSESSMENT_ITEM = ILIUM + "CodeSystem/assessment-item";

	static final String ASSESSMENT_ANSWER = ILIUM + "CodeSystem/assessment-answer";

	static final String EPISODE_DOCUMENT = ILIUM + "CodeSystem/episode-document";

	static final String EPISODE_SECTION = ILIUM + "CodeSystem/episode-section";

	static final String ADHERENCE = ILIUM + "CodeSystem/hep-adherence";

	/** Identifier systems. */
	static final String PATIENT_ID = ILIUM + "sid/patient";

	static final String LICENSE = ILIUM + "sid/license-number";

	static final String GOAL_ID = ILIUM + "sid/goal";

	static final String STAFF_ACCOUNT = ILIUM + "sid/staff-account";

	static final String PRESCRIPTION_ID = ILIUM + "sid/prescription";

	static final String NPI = "http://hl7.org/fhir/sid/us-npi";

	/** Extensions. */
	static final String LATE_CANCELLATION = ILIUM + "StructureDefinition/late-cancellation";

	static final String MAITLAND_GRADE = ILIUM + "StructureDefinition/maitland-grade";

	static final String BODY_SIDE = ILIUM + "StructureDefinition/body-side";

	static final String DURATION = ILIUM + "StructureDefinition/duration";

	static final String CPT_MODIFIER = ILIUM + "StructureDefinition/cpt-modifier";

	static final String BILLING_FLAG = ILIUM + "StructureDefinition/billing-flag";

	/** External code systems. */
	static final String LOINC = "http://loinc.org";

	static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";

	static final String UCUM = "http://unitsofmeasure.org";

	static final String CPT = "http://www.ama-assn.org/go/cpt";

	static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

	static final String DATA_ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason";

	private Fhir() {
	}

	/** 200 with the resource as {@code application/fhir+json}, whatever was accepted. */
	static <T> ResponseEntity<T> ok(T resource) {
		return ResponseEntity.ok().contentType(JSON).body(resource);
	}

}
