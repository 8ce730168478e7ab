package ilium.identity;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ilium.shared.PageQuery;
import ilium.shared.PageView;
import ilium.shared.ProblemResponse;
import ilium.shared.SharedProblems;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Staff accounts", description = "Who may sign in, and with which role: ADMIN, THERAPIST or FRONT_DESK.")
class UserController {

	private final StaffDirectory staff;

	UserController(StaffDirectory staff) {
		this.staff = staff;
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Open a staff account")
	@ResponseStatus(HttpStatus.CREATED)
	@ProblemResponse(status = HttpStatus.CONFLICT, type = IdentityProblems.DUPLICATE_USERNAME,
			when = "the username is taken")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = IdentityProblems.THERAPIST_HAS_ACCOUNT,
			when = "the therapist already has an active THERAPIST account")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = SharedProblems.UNKNOWN_THERAPIST,
			when = "no therapist has `therapistId`")
	ResponseEntity<UserView> create(@Valid @RequestBody CreateUser command) {
		UserView user = staff.open(command);
		return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(user);
	}

	@GetMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "List staff accounts")
	PageView<UserView> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return staff.list(PageQuery.of(page, size));
	}

	@GetMapping("/me")
	@Operation(summary = "Read the account of the signed-in staff member")
	UserView me() {
		return staff.me();
	}

	@PatchMapping(path = "/{id}", consumes = { "application/json", "application/merge-patch+json" })
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(
			summary = "Change a staff account: activate or deactivate it, change its role or password, lift its sign-in throttling")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = IdentityProblems.THERAPIST_HAS_ACCOUNT,
			when = "reactivating it would give its therapist a second active account")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT,
			type = IdentityProblems.THERAPIST_ACCOUNT_NEEDS_THERAPIST,
			when = "it would become THERAPIST without belonging to a therapist")
	UserView change(@PathVariable UUID id, @Valid @RequestBody ChangeUser change) {
		return staff.change(id, change);
	}

}
