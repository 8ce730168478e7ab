package ilium.billing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ilium.shared.ClinicException;

@RestController
@RequestMapping("/api/v1/billing-config")
@Tag(name = "Billing configuration",
		description = "What the year's claims are measured against (EPISODE.md R7, R13): KX and targeted-review thresholds, allowed amounts, NCCI pairs, amounts allowed elsewhere.")
class BillingConfigurationController {

	private final BillingConfiguration configuration;

	BillingConfigurationController(BillingConfiguration configuration) {
		this.configuration = configuration;
	}

	// The service checks the year of a write: a constraint on the path variable would
	// report the body's invalid fields under the parameter's name instead of their own.
	@PutMapping("/{year}")
	@Operation(summary = "Set a year's KX and targeted-review thresholds and allowed amounts")
	@PreAuthorize("hasRole('ADMIN')")
	YearConfiguration configureYear(@PathVariable int year, @Valid @RequestBody ConfigureYear command) {
		return configuration.configureYear(year, command);
	}

	@GetMapping("/{year}")
	@Operation(summary = "Read a year's billing configuration")
	@PreAuthorize("hasAnyRole('ADMIN', 'THERAPIST')")
	YearConfiguration year(
			@PathVariable @Min(YearConfiguration.FIRST_YEAR) @Max(YearConfiguration.LAST_YEAR) int year) {
		return configuration.yearConfiguration(year)
			.orElseThrow(() -> ClinicException.notFound("billing configuration for " + year));
	}

	@GetMapping("/ncci-pairs")
	@Operation(summary = "Read the NCCI code pairs that flag a billing day for review")
	@PreAuthorize("hasAnyRole('ADMIN', 'THERAPIST')")
	NcciPairsView ncciPairs() {
		return new NcciPairsView(configuration.ncciPairs());
	}

	@PutMapping("/ncci-pairs")
	@Operation(summary = "Replace the NCCI code pairs")
	@PreAuthorize("hasRole('ADMIN')")
	NcciPairsView replaceNcciPairs(@Valid @RequestBody ReplaceNcciPairs command) {
		return new NcciPairsView(configuration.replaceNcciPairs(command));
	}

}
