package ilium.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import ilium.shared.CurrentStaff;

/**
 * {@code /app}: each role's home (WEB.md): the front desk's is today's schedule, a
 * therapist's is their day, the admin's the reports. Until those pages exist, each role
 * starts at the patient list, which all three use.
 */
@Controller
class HomePage {

	@GetMapping("/app")
	String home() {
		CurrentStaff.require();
		return "redirect:/app/patients";
	}

}
