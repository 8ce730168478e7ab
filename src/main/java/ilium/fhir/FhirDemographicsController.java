package ilium.fhir;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code Patient}, {@code Practitioner} and {@code Appointment}: demographics and the
 * schedule, for the roles that see them in the JSON API. Not in the OpenAPI document:
 * docs/fhir.md describes the FHIR API.
 */
@Hidden
@RestController
@RequestMapping(Fhir.BASE)
@PreAuthorize("hasAnyRole('FRONT_DESK', 'THERAPIST', 'ADMIN')")
class FhirDemographicsController {

	private final FhirDemographics demographics;

	FhirDemographicsController(FhirDemographics demographics) {
		this.demographics = demographics;
	}

	@GetMapping("/Patient/{id}")
	ResponseEntity<Patient> patient(@PathVariable String id) {
		return Fhir.ok(demographics.patient(id));
	}

	@GetMapping("/Patient")
	ResponseEntity<Bundle> patients(HttpServletRequest request) {
		return Fhir.ok(demographics.patients(request.getParameterMap()));
	}

	@GetMapping("/Practitioner/{id}")
	ResponseEntity<Practitioner> practitioner(@PathVariable String id) {
		return Fhir.ok(demographics.practitioner(id));
	}

	@GetMapping("/Appointment/{id}")
	ResponseEntity<Appointment> appointment(@PathVariable String id) {
		return Fhir.ok(demographics.appointment(id));
	}

	@GetMapping("/Appointment")
	ResponseEntity<Bundle> appointments(HttpServletRequest request) {
		return Fhir.ok(demographics.appointments(request.getParameterMap()));
	}

}
