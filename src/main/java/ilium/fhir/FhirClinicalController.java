package ilium.fhir;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Clinical resources, for therapists only as in the JSON API; {@code $everything} too.
 */
@Hidden
@RestController
@RequestMapping(Fhir.BASE)
@PreAuthorize("hasRole('THERAPIST')")
class FhirClinicalController {

	private final FhirClinicalRecords records;

	private final PatientEverything everything;

	FhirClinicalController(FhirClinicalRecords records, PatientEverything everything) {
		this.records = records;
		this.everything = everything;
	}

	@GetMapping("/Patient/{id}/$everything")
	ResponseEntity<Bundle> everything(@PathVariable String id) {
		return Fhir.ok(everything.of(id));
	}

	@GetMapping("/Condition/{id}")
	ResponseEntity<Condition> condition(@PathVariable String id) {
		return Fhir.ok(records.condition(id));
	}

	@GetMapping("/Condition")
	ResponseEntity<Bundle> conditions(HttpServletRequest request) {
		return Fhir.ok(records.conditions(request.getParameterMap()));
	}

	@GetMapping("/CarePlan/{id}")
	ResponseEntity<CarePlan> carePlan(@PathVariable String id) {
		return Fhir.ok(records.carePlan(id));
	}

	@GetMapping("/CarePlan")
	ResponseEntity<Bundle> carePlans(HttpServletRequest request) {
		return Fhir.ok(records.carePlans(request.getParameterMap()));
	}

	@GetMapping("/Goal/{id}")
	ResponseEntity<Goal> goal(@PathVariable String id) {
		return Fhir.ok(records.goal(id));
	}

	@GetMapping("/Observation/{id}")
	ResponseEntity<Observation> observation(@PathVariable String id) {
		return Fhir.ok(records.observation(id));
	}

	@GetMapping("/Observation")
	ResponseEntity<Bundle> observations(HttpServletRequest request) {
		return Fhir.ok(records.observations(request.getParameterMap()));
	}

	@GetMapping("/Encounter/{id}")
	ResponseEntity<Encounter> encounter(@PathVariable String id) {
		return Fhir.ok(records.encounter(id));
	}

	@GetMapping("/Procedure/{id}")
	ResponseEntity<Procedure> procedure(@PathVariable String id) {
		return Fhir.ok(records.procedure(id));
	}

}
