package ilium.billing;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/patients/{patientId}/kx-ledger")
class KxLedgerController {

	private final BillingConfiguration configuration;

	KxLedgerController(BillingConfiguration configuration) {
		this.configuration = configuration;
	}

	@PutMapping("/{year}")
	@PreAuthorize("hasRole('ADMIN')")
	KxLedgerPrior setPriorYtdAllowed(@PathVariable UUID patientId, @PathVariable int year,
			@Valid @RequestBody SetPriorYtdAllowed command) {
		return configuration.setPriorYtdAllowed(patientId, year, command);
	}

}
