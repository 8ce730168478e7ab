package ilium.exercises;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ilium.shared.ClinicException;
import ilium.shared.ETags;
import ilium.shared.PageQuery;
import ilium.shared.PageView;

@RestController
@RequestMapping("/api/v1/protocols")
@PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
@Tag(name = "Protocols",
		description = "Treatment protocols that plans are made from (exercises and doses, education, manual therapy, belt rule); each change is a new version.")
class ProtocolController {

	private final ProtocolCatalog catalog;

	ProtocolController(ProtocolCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	@Operation(summary = "List protocols")
	PageView<ProtocolView> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return catalog.list(PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a protocol at its latest version")
	ResponseEntity<ProtocolView> get(@PathVariable UUID id) {
		return withETag(ResponseEntity.ok(), catalog.find(id).orElseThrow(() -> ClinicException.notFound("protocol")));
	}

	@PostMapping
	@Operation(summary = "Create a protocol")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ProtocolView> create(@Valid @RequestBody SaveProtocol command) {
		ProtocolView protocol = catalog.create(command);
		return withETag(ResponseEntity.created(URI.create("/api/v1/protocols/" + protocol.id())), protocol);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Save a new version of a protocol; plans keep the version they were made from")
	ResponseEntity<ProtocolView> revise(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody SaveProtocol command) {
		return withETag(ResponseEntity.ok(), catalog.revise(id, ETags.expectedVersion(ifMatch), command));
	}

	private static ResponseEntity<ProtocolView> withETag(ResponseEntity.BodyBuilder response, ProtocolView protocol) {
		return response.eTag(ETags.of(protocol.version())).body(protocol);
	}

}
