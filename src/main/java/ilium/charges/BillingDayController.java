package ilium.charges;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
@Tag(name = "Billing days",
		description = "What each date of service bills: CPT lines and units by the payer's rule over the date's signed notes, modifiers and review flags (EPISODE.md R1-R4, R7, R10, R13).")
class BillingDayController {

	private final BillingDays billingDays;

	BillingDayController(BillingDays billingDays) {
		this.billingDays = billingDays;
	}

	@GetMapping("/api/v1/patients/{id}/billing-days")
	@Operation(summary = "A patient's billing days in a date range (at most 366 days), oldest first")
	List<BillingDayView> list(@PathVariable UUID id, @RequestParam LocalDate from, @RequestParam LocalDate to) {
		return this.billingDays.of(id, from, to);
	}

}
