package ilium.scheduling;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ilium.shared.ETags;
import ilium.shared.PageQuery;
import ilium.shared.PageView;
import ilium.shared.ProblemResponse;
import ilium.shared.SharedProblems;

@RestController
@RequestMapping("/api/v1/appointments")
@PreAuthorize("hasAnyRole('FRONT_DESK', 'THERAPIST', 'ADMIN')")
@Tag(name = "Appointments",
		description = "Booking and rescheduling, and the visit status: BOOKED, then CHECKED_IN and COMPLETED, or CANCELLED or NO_SHOW.")
class AppointmentController {

	private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final AppointmentBook book;

	private final AppointmentChanges changes;

	AppointmentController(AppointmentBook book, AppointmentChanges changes) {
		this.book = book;
		this.changes = changes;
	}

	@PostMapping
	@Operation(summary = "Book an appointment")
	@ResponseStatus(HttpStatus.CREATED)
	@ProblemResponse(status = HttpStatus.NOT_FOUND, type = SharedProblems.NOT_FOUND,
			when = "no patient or therapist has the id given")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = SchedulingProblems.APPOINTMENT_CONFLICT,
			when = "it overlaps another appointment of the therapist or of the patient")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = SchedulingProblems.OUTSIDE_WORKING_HOURS,
			when = "it is outside the working hours of the therapist")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = SchedulingProblems.THERAPIST_TIME_OFF,
			when = "the therapist has time off then")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = SchedulingProblems.OUTSIDE_BOOKING_HORIZON,
			when = "it starts more than a year ago or more than two years ahead")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = SharedProblems.THERAPIST_INACTIVE,
			when = "the therapist no longer sees patients")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = SharedProblems.PATIENT_ARCHIVED,
			when = "the patient is archived")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = SchedulingProblems.IDEMPOTENCY_KEY_REUSED,
			when = "the `Idempotency-Key` was used for a different request")
	ResponseEntity<AppointmentView> book(@Valid @RequestBody BookAppointment command,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String idempotencyKey) {
		AppointmentView booked = book.book(command, idempotencyKey);
		return ResponseEntity.created(URI.create("/api/v1/appointments/" + booked.id()))
			.eTag(ETags.of(booked.version()))
			.body(booked);
	}

	@PostMapping("/series")
	@Operation(summary = "Book a weekly series of appointments: all of them or none")
	@ResponseStatus(HttpStatus.CREATED)
	@ProblemResponse(status = HttpStatus.NOT_FOUND, type = SharedProblems.NOT_FOUND,
			when = "no patient or therapist has the id given")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = SchedulingProblems.APPOINTMENT_CONFLICT,
			when = "an occurrence overlaps another appointment (`conflictingStarts` lists them)")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = SchedulingProblems.OUTSIDE_WORKING_HOURS,
			when = "it is outside the working hours of the therapist")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = SchedulingProblems.THERAPIST_TIME_OFF,
			when = "the therapist has time off then")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = SchedulingProblems.OUTSIDE_BOOKING_HORIZON,
			when = "it starts more than a year ago or more than two years ahead")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = SharedProblems.THERAPIST_INACTIVE,
			when = "the therapist no longer sees patients")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = SharedProblems.PATIENT_ARCHIVED,
			when = "the patient is archived")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = SchedulingProblems.IDEMPOTENCY_KEY_REUSED,
			when = "the `Idempotency-Key` was used for a different request")
	ResponseEntity<List<AppointmentView>> bookSeries(@Valid @RequestBody BookSeries command,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String idempotencyKey) {
		List<AppointmentView> series = book.bookSeries(command, idempotencyKey);
		return ResponseEntity.created(URI.create("/api/v1/appointments/" + series.getFirst().id())).body(series);
	}

	@GetMapping
	@Operation(summary = "List the appointments of a date range, by therapist, patient or status")
	PageView<AppointmentView> list(@RequestParam LocalDate from, @RequestParam LocalDate to,
			@RequestParam(required = false) @Nullable UUID therapistId,
			@RequestParam(required = false) @Nullable UUID patientId,
			@RequestParam(required = false) @Nullable AppointmentStatus status,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return book.list(from, to, therapistId, patientId, status, PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read an appointment")
	ResponseEntity<AppointmentView> read(@PathVariable UUID id) {
		return withETag(book.read(id));
	}

	@PatchMapping(path = "/{id}", consumes = { "application/json", "application/merge-patch+json" })
	@Operation(summary = "Reschedule a booked appointment: its start, length or therapist")
	@ProblemResponse(status = HttpStatus.NOT_FOUND, type = SharedProblems.NOT_FOUND,
			when = "no therapist has `therapistId`")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = SharedProblems.ILLEGAL_TRANSITION,
			when = "the appointment is no longer BOOKED")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = SchedulingProblems.APPOINTMENT_CONFLICT,
			when = "it would overlap another appointment of the therapist or of the patient")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = SharedProblems.VISIT_NOTE_EXISTS,
			when = "it has a visit note and would move to another therapist")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = SchedulingProblems.OUTSIDE_WORKING_HOURS,
			when = "it is outside the working hours of the therapist")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = SchedulingProblems.THERAPIST_TIME_OFF,
			when = "the therapist has time off then")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = SchedulingProblems.OUTSIDE_BOOKING_HORIZON,
			when = "it starts more than a year ago or more than two years ahead")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = SharedProblems.THERAPIST_INACTIVE,
			when = "the therapist no longer sees patients")
	ResponseEntity<AppointmentView> reschedule(@PathVariable UUID id, @Valid @RequestBody RescheduleAppointment change,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(changes.reschedule(id, change, ETags.expectedVersion(ifMatch)));
	}

	@PostMapping("/{id}/check-in")
	@Operation(summary = "Check the patient in, from the start of the visit's day (clinic time zone)")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = SharedProblems.ILLEGAL_TRANSITION,
			when = "the appointment status does not allow it")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = SchedulingProblems.CHECK_IN_BEFORE_ITS_DAY,
			when = "the visit is on a later day")
	ResponseEntity<AppointmentView> checkIn(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(changes.checkIn(id, ETags.expectedVersion(ifMatch)));
	}

	@PostMapping("/{id}/complete")
	@Operation(summary = "Complete an appointment")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = SharedProblems.ILLEGAL_TRANSITION,
			when = "the appointment status does not allow it")
	ResponseEntity<AppointmentView> complete(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(changes.complete(id, ETags.expectedVersion(ifMatch)));
	}

	@PostMapping("/{id}/no-show")
	@Operation(summary = "Mark an appointment a no-show, once its start has passed")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = SharedProblems.ILLEGAL_TRANSITION,
			when = "the appointment status does not allow it")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = SchedulingProblems.NO_SHOW_BEFORE_START,
			when = "the appointment has not started yet")
	ResponseEntity<AppointmentView> noShow(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(changes.noShow(id, ETags.expectedVersion(ifMatch)));
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Cancel an appointment; less than 24 hours before its start it is a late cancellation")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = SharedProblems.ILLEGAL_TRANSITION,
			when = "the appointment status does not allow it")
	ResponseEntity<AppointmentView> cancel(@PathVariable UUID id, @Valid @RequestBody CancelAppointment command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(changes.cancel(id, command, ETags.expectedVersion(ifMatch)));
	}

	private static ResponseEntity<AppointmentView> withETag(AppointmentView appointment) {
		return ResponseEntity.status(HttpStatus.OK).eTag(ETags.of(appointment.version())).body(appointment);
	}

}
