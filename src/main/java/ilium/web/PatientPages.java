package ilium.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import ilium.patients.PatientRegistry;
import ilium.shared.PageQuery;

/**
 * {@code /app/patients}: search as you type (htmx asks for the result list alone) and a
 * patient's demographics. The same {@link PatientRegistry} calls as the JSON API, so a
 * search audits each patient listed and a patient page audits a read, as their twins do.
 */
@Controller
@PreAuthorize("hasAnyRole('FRONT_DESK', 'THERAPIST', 'ADMIN')")
class PatientPages {

	private static final int PAGE_SIZE = 20;

	private final PatientRegistry registry;

	PatientPages(PatientRegistry registry) {
		this.registry = registry;
	}

	@GetMapping("/app/patients")
	String search(@RequestParam(required = false) @Nullable String q,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		String query = q == null ? "" : q.strip();
		model.addAttribute("q", query);
		if (!query.isEmpty()) {
			model.addAttribute("found", registry.search(query, false, PageQuery.of(0, PAGE_SIZE)));
		}
		return htmx != null ? "app/patients :: results" : "app/patients";
	}

	@GetMapping("/app/patients/{id}")
	String patient(@PathVariable UUID id, Model model) {
		model.addAttribute("patient", registry.read(id));
		return "app/patient";
	}

}
