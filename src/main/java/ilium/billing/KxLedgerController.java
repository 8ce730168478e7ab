package ilium.billing;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/patients/{patientId}/kx-ledger")
@Tag(name = "Billing configuration",
		description = "What the year's claims are measured against (EPISODE.md R7, R13): KX and targeted-review thresholds, allowed amounts, NCCI pairs, amounts allowed elsewhere.")
class KxLedgerController {

	private final BillingConfiguration configuration;

	KxLedgerController(BillingConfiguration configuration) {
		this.configuration = configuration;
	}

	@PutMapping("/{year}")
	@Operation(summary = "Set the PT/SLP amount a patient was allowed elsewhere in a year (MAC eligibility check)")
	@PreAuthorize("hasRole('ADMIN')")
	KxLedgerPrior setPriorYtdAllowed(@PathVariable UUID patientId, @PathVariable int year,
			@Valid @RequestBody SetPriorYtdAllowed command) {
		return configuration.setPriorYtdAllowed(patientId, year, command);
	}

}
