package ilium.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HL7 validator is the judge: every resource of a patient with every kind of record,
 * every search result and {@code $everything}, fetched over HTTP, validate against the R4
 * core definitions with no error.
 */
@HttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirValidationTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	private final FhirContext context = FhirContext.forR4Cached();

	private FhirValidator validator;

	private RichPatient patient;

	@BeforeAll
	void validatorAndPatient() {
		ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
				new InMemoryTerminologyServerValidationSupport(context),
				new CommonCodeSystemsTerminologyService(context), new SnapshotGeneratingValidationSupport(context));
		validator = context.newValidator();
		validator.registerValidatorModule(new FhirInstanceValidator(support));
		patient = RichPatient.make(http, jdbc, staff);
	}

	@Test
	void everyResourceOfTheRichestPatientIsValidR4() {
		String everything = fetch("/fhir/r4/Patient/" + patient.patientId() + "/$everything");
		List<String> errors = new ArrayList<>(errorsOf("$everything", everything));
		Bundle bundle = context.newJsonParser().parseResource(Bundle.class, everything);
		Set<String> types = new TreeSet<>();
		Set<String> observationCodes = new TreeSet<>();
		for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
			types.add(entry.getResource().fhirType());
			if (entry.getResource() instanceof Observation observation) {
				observationCodes.add(observation.getCode().getCodingFirstRep().getCode());
			}
			if (readById(entry)) {
				String path = entry.getFullUrl().substring(entry.getFullUrl().indexOf("/fhir/r4/"));
				errors.addAll(errorsOf(path, fetch(path)));
			}
		}
		assertThat(types).containsExactlyInAnyOrder("Appointment", "CarePlan", "ChargeItem", "Composition", "Condition",
				"DocumentReference", "Encounter", "Goal", "Observation", "Patient", "Practitioner", "Procedure");
		assertThat(observationCodes).contains("RED_FLAG_SCREENING", "SI_JOINT_EVALUATION", "HEP_ADHERENCE", "ODI");
		assertThat(bundle.getEntry()
			.stream()
			.map(Bundle.BundleEntryComponent::getResource)
			.filter(resource -> resource instanceof Composition)
			.map(resource -> ((Composition) resource).getType().getCodingFirstRep().getCode()))
			.containsExactlyInAnyOrder(EpisodeMapping.PROGRESS_NOTE_LOINC, EpisodeMapping.DISCHARGE_SUMMARY_LOINC);
		assertThat(bundle.getEntry()
			.stream()
			.filter(entry -> entry.getResource() instanceof Observation observation
					&& observation.getStatus() == Observation.ObservationStatus.ENTEREDINERROR)
			.map(entry -> entry.getResource().getIdPart())).containsExactly(patient.enteredInError().toString());
		assertThat(errors).isEmpty();
	}

	@Test
	void everySearchResultAndTheCapabilityStatementAreValidR4() {
		String id = patient.patientId().toString();
		List<String> errors = new ArrayList<>(errorsOf("metadata", fetch("/fhir/r4/metadata")));
		for (String search : List.of("Patient?identifier=" + id, "Patient?birthdate=1984-03-09&name=Maren",
				"Appointment?patient=" + id, "Appointment?practitioner=" + patient.therapistId() + "&date=ge2020-01-01",
				"Condition?patient=" + id, "CarePlan?patient=" + id + "&status=active", "Observation?patient=" + id,
				"Observation?patient=Patient/" + id + "&code=http://loinc.org|72514-3&_count=1")) {
			errors.addAll(errorsOf(search, fetch("/fhir/r4/" + search)));
		}
		assertThat(errors).isEmpty();
	}

	@Test
	void theJudgeRejectsWhatR4Forbids() {
		assertThat(errorsOf("Observation", "{\"resourceType\":\"Observation\",\"status\":\"done\"}"))
			.anyMatch(error -> error.contains("Observation.code"))
			.anyMatch(error -> error.contains("done"));
	}

	/**
	 * The resources also served by id: all but the episode's documents and charges and
	 * the observations that are not outcome measures, which only {@code $everything}
	 * holds.
	 */
	private boolean readById(Bundle.BundleEntryComponent entry) {
		return switch (entry.getResource().fhirType()) {
			case "ChargeItem", "Composition", "DocumentReference" -> false;
			case "Observation" ->
				patient.outcomeIds().stream().anyMatch(id -> id.toString().equals(entry.getResource().getIdPart()));
			default -> true;
		};
	}

	private String fetch(String path) {
		return http.get()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + patient.therapistToken())
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("application/fhir+json")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private List<String> errorsOf(String what, String json) {
		return validator.validateWithResult(json)
			.getMessages()
			.stream()
			.filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
			.map(message -> what + ": " + describe(message))
			.toList();
	}

	private static String describe(SingleValidationMessage message) {
		return message.getSeverity() + " " + message.getLocationString() + " " + message.getMessage();
	}

}
