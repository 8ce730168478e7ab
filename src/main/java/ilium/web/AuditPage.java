package ilium.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ilium.audit.AuditSearch;
import ilium.audit.AuditTrail;
import ilium.identity.StaffDirectory;
import ilium.identity.UserView;
import ilium.shared.ClinicProperties;
import ilium.shared.PageQuery;

/**
 * {@code /app/admin/audit}: the audit trail filtered by patient, staff member and
 * clinic-local dates, newest first, a page at a time. The same {@link AuditSearch} and
 * {@link AuditTrail#search} as {@code /api/v1/audit-events}, so its defaults (up to
 * today, a year back) and its limit on the period hold here too.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditPage {

	private static final int PAGE_SIZE = 50;

	private final AuditTrail trail;

	private final StaffDirectory directory;

	private final ClinicProperties clinic;

	AuditPage(AuditTrail trail, StaffDirectory directory, ClinicProperties clinic) {
		this.trail = trail;
		this.directory = directory;
		this.clinic = clinic;
	}

	@GetMapping("/app/admin/audit")
	String search(@RequestParam(required = false) @Nullable UUID patientId,
			@RequestParam(required = false) @Nullable UUID userId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditSearch search = AuditSearch.of(patientId, userId, from, to, trail.today());
		model.addAttribute("search", search);
		model.addAttribute("lines", trail.search(search, new PageQuery(page, PAGE_SIZE)));
		model.addAttribute("users", users(userId));
		model.addAttribute("zone", clinic.timeZone());
		return "app/audit";
	}

	/** The accounts to filter by: the first page of them, and the one chosen. */
	private List<UserView> users(@Nullable UUID chosen) {
		List<UserView> users = new ArrayList<>(directory.list(new PageQuery(0, PageQuery.MAX_SIZE)).content());
		if (chosen != null && users.stream().noneMatch(user -> user.id().equals(chosen))) {
			users.add(0, directory.find(chosen));
		}
		return users;
	}

}
