package ilium.audit;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ilium.shared.PageQuery;
import ilium.shared.PageView;

/**
 * The audit trail for admins. Read-only on purpose: every other method on these paths is
 * answered 405, and the database refuses changes anyway (V3).
 */
@RestController
@RequestMapping("/api/v1/audit-events")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Audit trail",
		description = "Every read or change of a patient record, allowed or denied; nothing here can be changed or deleted.")
class AuditEventController {

	private final AuditTrail trail;

	AuditEventController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping
	@Operation(summary = "Search the audit trail by patient, staff member and date range")
	PageView<AuditEventView> search(@RequestParam(required = false) @Nullable UUID patientId,
			@RequestParam(required = false) @Nullable UUID userId,
			@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		PageQuery query = PageQuery.of(page, size);
		return trail.search(AuditSearch.of(patientId, userId, from, to, trail.today()), query);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read one audit event")
	AuditEventView find(@PathVariable long id) {
		return trail.find(id);
	}

}
