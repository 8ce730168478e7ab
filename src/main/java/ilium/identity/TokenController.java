package ilium.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ilium.shared.ProblemResponse;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Sign-in",
		description = "Exchange a username and password for a bearer token: the one API operation that needs no token.")
class TokenController {

	private final SignIn signIn;

	private final ClientAddress clientAddress;

	TokenController(SignIn signIn, ClientAddress clientAddress) {
		this.signIn = signIn;
		this.clientAddress = clientAddress;
	}

	@PostMapping("/token")
	@Operation(operationId = "signIn", summary = "Sign in: exchange a username and password for a bearer token")
	@SecurityRequirements
	@ProblemResponse(status = HttpStatus.UNAUTHORIZED, type = IdentityProblems.INVALID_CREDENTIALS,
			when = "the username or the password is wrong (both answer the same)")
	@ProblemResponse(status = HttpStatus.TOO_MANY_REQUESTS, type = IdentityProblems.TOO_MANY_LOGINS,
			when = "too many failed sign-ins from this address or for this account; wait `Retry-After` seconds")
	TokenResponse token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
		return signIn.issueToken(request, clientAddress.of(http));
	}

}
