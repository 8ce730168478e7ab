package ilium.identity;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ilium.shared.PageQuery;
import ilium.shared.PageView;

@RestController
@RequestMapping("/api/v1/users")
class UserController {

	private final StaffDirectory staff;

	UserController(StaffDirectory staff) {
		this.staff = staff;
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<UserView> create(@Valid @RequestBody CreateUser command) {
		UserView user = staff.open(command);
		return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(user);
	}

	@GetMapping
	@PreAuthorize("hasRole('ADMIN')")
	PageView<UserView> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return staff.list(PageQuery.of(page, size));
	}

	@GetMapping("/me")
	UserView me() {
		return staff.me();
	}

	@PatchMapping(path = "/{id}", consumes = { "application/json", "application/merge-patch+json" })
	@PreAuthorize("hasRole('ADMIN')")
	UserView change(@PathVariable UUID id, @Valid @RequestBody ChangeUser change) {
		return staff.change(id, change);
	}

}
