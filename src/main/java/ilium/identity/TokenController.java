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

	private final ClientAddress clientAddress;

	TokenController(SignIn signIn, ClientAddress clientAddress) {
		this.signIn = signIn;
		this.clientAddress = clientAddress;
	}

	@PostMapping("/token")
	TokenResponse token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
		return signIn.issueToken(request, clientAddress.of(http));
	}

}
