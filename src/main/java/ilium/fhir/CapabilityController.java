package ilium.fhir;

import java.util.Date;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /fhir/r4/metadata}: the CapabilityStatement, open to anyone (FHIR clients
 * read it before they sign in), listing exactly the reads, searches and the operation
 * served. Any other path under the base is a 404 {@code OperationOutcome} (405 for
 * another method: the API is read-only).
 */
@Hidden
@RestController
@RequestMapping(Fhir.BASE)
class CapabilityController {

	/** Each type served, with the search parameters it takes (none: read only). */
	private static final Map<String, Map<String, SearchParamType>> SERVED = Map.of("Patient", Map.of("name",
			SearchParamType.STRING, "birthdate", SearchParamType.DATE, "identifier", SearchParamType.TOKEN),
			"Practitioner", Map.of(), "Appointment",
			Map.of("patient", SearchParamType.REFERENCE, "practitioner", SearchParamType.REFERENCE, "date",
					SearchParamType.DATE),
			"Condition", Map.of("patient", SearchParamType.REFERENCE), "CarePlan",
			Map.of("patient", SearchParamType.REFERENCE, "status", SearchParamType.TOKEN), "Goal", Map.of(),
			"Observation",
			Map.of("patient", SearchParamType.REFERENCE, "code", SearchParamType.TOKEN, "date", SearchParamType.DATE),
			"Encounter", Map.of(), "Procedure", Map.of());

	private static final Date PUBLISHED = new Date();

	@GetMapping("/metadata")
	ResponseEntity<CapabilityStatement> metadata() {
		CapabilityStatement statement = new CapabilityStatement();
		statement.setStatus(PublicationStatus.ACTIVE);
		statement.setDate(PUBLISHED);
		statement.setPublisher("Ilium");
		statement.setKind(CapabilityStatementKind.INSTANCE);
		statement.getSoftware().setName("Ilium");
		statement.getImplementation()
			.setDescription("Ilium's clinic records, read-only")
			.setUrl(ServletUriComponentsBuilder.fromCurrentContextPath().path(Fhir.BASE).toUriString());
		statement.setFhirVersion(FHIRVersion._4_0_1);
		statement.addFormat(Fhir.JSON_VALUE);
		statement.addFormat("json");
		CapabilityStatementRestComponent rest = statement.addRest().setMode(RestfulCapabilityMode.SERVER);
		rest.getSecurity()
			.setDescription("A bearer token from POST /api/v1/auth/token; roles as in the JSON API (docs/fhir.md).");
		SERVED.keySet().stream().sorted().forEach(type -> resource(rest.addResource().setType(type), SERVED.get(type)));
		rest.getResource()
			.stream()
			.filter(resource -> resource.getType().equals("Patient"))
			.forEach(patient -> patient.addOperation()
				.setName("everything")
				.setDefinition("http://hl7.org/fhir/OperationDefinition/Patient-everything"));
		return Fhir.ok(statement);
	}

	@RequestMapping("/**")
	ResponseEntity<OperationOutcome> unknown(HttpServletRequest request) {
		if (!request.getMethod().equals("GET")) {
			return OperationOutcomes.response(HttpStatus.METHOD_NOT_ALLOWED,
					OperationOutcomes.of(HttpStatus.METHOD_NOT_ALLOWED,
							"This FHIR API is read-only: " + request.getMethod() + " is not served."));
		}
		return OperationOutcomes.response(HttpStatus.NOT_FOUND, OperationOutcomes.of(HttpStatus.NOT_FOUND,
				"No such resource type or operation here; GET " + Fhir.BASE + "/metadata lists what is served."));
	}

	private static void resource(CapabilityStatementRestResourceComponent resource,
			Map<String, SearchParamType> parameters) {
		resource.addInteraction().setCode(TypeRestfulInteraction.READ);
		if (!parameters.isEmpty()) {
			resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
		}
		List.copyOf(parameters.keySet())
			.stream()
			.sorted()
			.forEach(name -> resource.addSearchParam().setName(name).setType(parameters.get(name)));
	}

}
