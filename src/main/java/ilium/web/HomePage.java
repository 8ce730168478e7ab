package ilium.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import ilium.shared.CurrentStaff;
import ilium.shared.Role;

/**
 * {@code /app}: each role's home (WEB.md): the front desk's is today's schedule, a
 * therapist's is their day, the admin's the reports.
 */
@Controller
class HomePage {

	@GetMapping("/app")
	String home() {
		if (CurrentStaff.require().role() == Role.FRONT_DESK) {
			return "redirect:/app/schedule";
		}
		if (CurrentStaff.require().role() == Role.ADMIN) {
			return "redirect:/app/reports";
		}
		return "redirect:/app/my-day";
	}

}
