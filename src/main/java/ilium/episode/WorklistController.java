package ilium.episode;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ilium.shared.PageQuery;
import ilium.shared.PageView;

@RestController
@Tag(name = "Compliance worklist",
		description = "What each therapist must do next to keep an episode compliant (EPISODE.md R8–R12).")
class WorklistController {

	private final ComplianceWorklist worklist;

	WorklistController(ComplianceWorklist worklist) {
		this.worklist = worklist;
	}

	/**
	 * {@code on} defaults to today (clinic-local). Therapists see their own plans; admins
	 * every plan, without home-program pain flags.
	 */
	@GetMapping("/api/v1/compliance/worklist")
	@PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
	@Operation(summary = "List the plans with something to do: recertify, report, discharge, call, review")
	PageView<WorklistPlanView> worklist(@RequestParam(required = false) @Nullable LocalDate on,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return worklist.on(on, PageQuery.of(page, size));
	}

}
