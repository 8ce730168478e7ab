package ilium.charges;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
@Tag(name = "Billing configuration")
class KxStandingController {

	private final KxStandings standings;

	KxStandingController(KxStandings standings) {
		this.standings = standings;
	}

	@GetMapping("/api/v1/patients/{patientId}/kx-ledger/{year}")
	@Operation(
			summary = "A patient's year against the KX threshold: amount allowed elsewhere, running total and KX status after the last Medicare billing day")
	KxLedgerView read(@PathVariable UUID patientId, @PathVariable int year) {
		return this.standings.of(patientId, year);
	}

}
