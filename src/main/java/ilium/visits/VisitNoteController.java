package ilium.visits;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ilium.assessment.AssessmentProblems;
import ilium.shared.ETags;
import ilium.shared.ProblemResponse;
import ilium.shared.SharedProblems;
import ilium.treatment.TreatmentProblems;

/**
 * Visit notes over HTTP (API.md, Clinical records): therapists only; front desk and admin
 * get 403, audited as denied.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Visit notes",
		description = "SOAP notes of visits with manual therapy and exercises performed; a signed note never changes, addenda are added to it.")
class VisitNoteController {

	private final VisitCharting charting;

	VisitNoteController(VisitCharting charting) {
		this.charting = charting;
	}

	@PostMapping("/appointments/{appointmentId}/visit-note")
	@PreAuthorize("hasRole('THERAPIST')")
	@Operation(summary = "Start the visit note of an appointment, as a draft")
	@ResponseStatus(HttpStatus.CREATED)
	@ProblemResponse(status = HttpStatus.CONFLICT, type = SharedProblems.VISIT_NOTE_EXISTS,
			when = "the appointment already has a visit note")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = VisitsProblems.APPOINTMENT_NOT_ATTENDED,
			when = "the appointment was cancelled or a no-show")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = VisitsProblems.MANUAL_THERAPY_EXCEEDS_VISIT,
			when = "its manual therapy takes longer than the visit")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = AssessmentProblems.UNRESOLVED_RED_FLAGS,
			when = "it records treatment while a referral of the patient awaits a physician clearance")
	ResponseEntity<VisitNoteView> open(@PathVariable UUID appointmentId, @Valid @RequestBody DraftVisitNote content) {
		VisitNoteView note = charting.open(appointmentId, content);
		return ResponseEntity.created(URI.create("/api/v1/visit-notes/" + note.id()))
			.eTag(ETags.of(note.version()))
			.body(note);
	}

	@GetMapping("/appointments/{appointmentId}/visit-note")
	@PreAuthorize("hasRole('THERAPIST')")
	@Operation(summary = "Read the visit note of an appointment, with its addenda")
	ResponseEntity<VisitNoteView> readForAppointment(@PathVariable UUID appointmentId) {
		return tagged(charting.readForAppointment(appointmentId));
	}

	@GetMapping("/visit-notes/{id}")
	@PreAuthorize("hasRole('THERAPIST')")
	@Operation(summary = "Read a visit note with its addenda")
	ResponseEntity<VisitNoteView> read(@PathVariable UUID id) {
		return tagged(charting.read(id));
	}

	@PutMapping("/visit-notes/{id}")
	@PreAuthorize("hasRole('THERAPIST')")
	@Operation(summary = "Revise a draft visit note")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = VisitsProblems.VISIT_NOTE_SIGNED, when = "the note is signed")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = VisitsProblems.MANUAL_THERAPY_EXCEEDS_VISIT,
			when = "its manual therapy takes longer than the visit")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = AssessmentProblems.UNRESOLVED_RED_FLAGS,
			when = "it records treatment while a referral of the patient awaits a physician clearance")
	ResponseEntity<VisitNoteView> revise(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody DraftVisitNote content) {
		return tagged(charting.revise(id, ETags.expectedVersion(ifMatch), content));
	}

	@PostMapping("/visit-notes/{id}/sign")
	@PreAuthorize("hasRole('THERAPIST')")
	@Operation(summary = "Sign a visit note; it never changes afterwards")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = VisitsProblems.VISIT_NOTE_SIGNED,
			when = "the note is already signed")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = TreatmentProblems.PLAN_OF_CARE_INCOMPLETE,
			when = "the note names a plan that has no payerProfile yet (`missingFields`)")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = VisitsProblems.VISIT_NOTE_INCOMPLETE,
			when = "subjective, objective, assessment or plan is empty (`missingFields` names them)")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = VisitsProblems.APPOINTMENT_NOT_ATTENDED,
			when = "the patient has not checked in")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = VisitsProblems.MANUAL_THERAPY_EXCEEDS_VISIT,
			when = "its manual therapy takes longer than the visit")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = AssessmentProblems.UNRESOLVED_RED_FLAGS,
			when = "it records treatment while a referral of the patient awaits a physician clearance")
	ResponseEntity<VisitNoteView> sign(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return tagged(charting.sign(id, ETags.expectedVersion(ifMatch)));
	}

	@PostMapping("/visit-notes/{id}/addenda")
	@PreAuthorize("hasRole('THERAPIST')")
	@Operation(summary = "Add an addendum to a signed visit note")
	@ResponseStatus(HttpStatus.CREATED)
	@ProblemResponse(status = HttpStatus.CONFLICT, type = VisitsProblems.VISIT_NOTE_NOT_SIGNED,
			when = "the note is still a draft: edit it instead")
	ResponseEntity<AddendumView> addAddendum(@PathVariable UUID id, @Valid @RequestBody AddAddendum command) {
		AddendumView addendum = charting.addAddendum(id, command);
		return ResponseEntity.created(URI.create("/api/v1/visit-notes/" + id + "#addendum-" + addendum.id()))
			.body(addendum);
	}

	private static ResponseEntity<VisitNoteView> tagged(VisitNoteView note) {
		return ResponseEntity.ok().eTag(ETags.of(note.version())).body(note);
	}

}
