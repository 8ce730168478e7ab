package ilium.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import ilium.shared.CurrentStaff;

/**
 * {@code /app/form-refused}: what a browser sees, with status 403, when the pages'
 * security refuses a form whose CSRF token does not match its live session (identity
 * forwards here, whatever the form's method): a forged form, or one from a page opened in
 * an older session. Nothing of the form was used.
 */
@Controller
class FormRefusedPage {

	@RequestMapping("/app/form-refused")
	String refused(Model model) {
		model.addAttribute("title", "Form not accepted");
		model.addAttribute("detail", "This form was out of date or did not come from Ilium's own page, so nothing "
				+ "was changed. Go back, reload the page and send it again.");
		model.addAttribute("status", 403);
		model.addAttribute("staff", CurrentStaff.get().orElse(null));
		return "app/problem";
	}

}
