package ilium.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /app/login}: the sign-in form. The form posts to the same path, where identity's
 * pages security checks it with the API's own sign-in (throttle and audit included); a
 * refusal comes back here with {@code error}, or with {@code retryAfter} (seconds) when
 * the throttle holds the attempt back; a browser whose session has ended (idle, or ended
 * by an account change) comes with {@code expired}.
 */
@Controller
class SignInPage {

	@GetMapping("/app/login")
	String signIn(@RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable Long retryAfter,
			@RequestParam(required = false) @Nullable String signedOut,
			@RequestParam(required = false) @Nullable String expired, Model model) {
		if (retryAfter != null) {
			model.addAttribute("message", "Too many failed sign-ins. Try again in " + retryAfter + " seconds.");
		}
		else if (error != null) {
			model.addAttribute("message", "That username and password do not sign in.");
		}
		else if (expired != null) {
			model.addAttribute("message",
					"You were signed out after a while without activity. Anything sent since was not saved: sign in again.");
		}
		model.addAttribute("signedOut", signedOut != null);
		return "app/sign-in";
	}

}
