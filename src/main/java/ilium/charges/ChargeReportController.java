package ilium.charges;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ilium.reporting.CsvReport;
import ilium.reporting.ReportDate;
import ilium.reporting.ReportPeriod;

@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Reports")
class ChargeReportController {

	private static final String CHARGES = "/api/v1/reports/charges";

	private static final String CSV = "text/csv";

	private static final String SUMMARY = "Charges: every billing line with a unit, by date, patient and CPT, with its rendering therapist, modifiers, diagnosis and flags";

	private final ChargeReport report;

	ChargeReportController(ChargeReport report) {
		this.report = report;
	}

	@GetMapping(path = CHARGES, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = SUMMARY)
	List<ChargeRow> charges(@RequestParam(required = false) @ReportDate @Nullable LocalDate from,
			@RequestParam(required = false) @ReportDate @Nullable LocalDate to) {
		return this.report.of(ReportPeriod.of(from, to));
	}

	@GetMapping(path = CHARGES, produces = CSV)
	@Operation(summary = SUMMARY)
	String chargesCsv(@RequestParam(required = false) @ReportDate @Nullable LocalDate from,
			@RequestParam(required = false) @ReportDate @Nullable LocalDate to) {
		return CsvReport.of(charges(from, to), ChargeRow.class);
	}

}
