package ilium.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
class TokenController {

	private final SignIn signIn;

	TokenController(SignIn signIn) {
		this.signIn = signIn;
	}

	@PostMapping("/token")
	TokenResponse token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
		// The peer's address, or the forwarded client's when
		// server.forward-headers-strategy
		// is configured (README, Security and reliability): X-Forwarded-For is not
		// trusted
		// by default, so a client cannot dodge the throttle by inventing addresses.
		return signIn.issueToken(request, http.getRemoteAddr());
	}

}
