package ilium.visits;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ilium.shared.ETags;

/**
 * Visit notes over HTTP (API.md, Clinical records): therapists only; front desk and admin
 * get 403, audited as denied.
 */
@RestController
@RequestMapping("/api/v1")
class VisitNoteController {

	private final VisitCharting charting;

	VisitNoteController(VisitCharting charting) {
		this.charting = charting;
	}

	@PostMapping("/appointments/{appointmentId}/visit-note")
	@PreAuthorize("hasRole('THERAPIST')")
	ResponseEntity<VisitNoteView> open(@PathVariable UUID appointmentId, @Valid @RequestBody DraftVisitNote content) {
		VisitNoteView note = charting.open(appointmentId, content);
		return ResponseEntity.created(URI.create("/api/v1/visit-notes/" + note.id()))
			.eTag(ETags.of(note.version()))
			.body(note);
	}

	@GetMapping("/appointments/{appointmentId}/visit-note")
	@PreAuthorize("hasRole('THERAPIST')")
	ResponseEntity<VisitNoteView> readForAppointment(@PathVariable UUID appointmentId) {
		return tagged(charting.readForAppointment(appointmentId));
	}

	@GetMapping("/visit-notes/{id}")
	@PreAuthorize("hasRole('THERAPIST')")
	ResponseEntity<VisitNoteView> read(@PathVariable UUID id) {
		return tagged(charting.read(id));
	}

	@PutMapping("/visit-notes/{id}")
	@PreAuthorize("hasRole('THERAPIST')")
	ResponseEntity<VisitNoteView> revise(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody DraftVisitNote content) {
		return tagged(charting.revise(id, ETags.expectedVersion(ifMatch), content));
	}

	@PostMapping("/visit-notes/{id}/sign")
	@PreAuthorize("hasRole('THERAPIST')")
	ResponseEntity<VisitNoteView> sign(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return tagged(charting.sign(id, ETags.expectedVersion(ifMatch)));
	}

	@PostMapping("/visit-notes/{id}/addenda")
	@PreAuthorize("hasRole('THERAPIST')")
	ResponseEntity<AddendumView> addAddendum(@PathVariable UUID id, @Valid @RequestBody AddAddendum command) {
		AddendumView addendum = charting.addAddendum(id, command);
		return ResponseEntity.created(URI.create("/api/v1/visit-notes/" + id + "#addendum-" + addendum.id()))
			.body(addendum);
	}

	private static ResponseEntity<VisitNoteView> tagged(VisitNoteView note) {
		return ResponseEntity.ok().eTag(ETags.of(note.version())).body(note);
	}

}
