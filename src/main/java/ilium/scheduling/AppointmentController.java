package ilium.scheduling;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.RestController;

import ilium.shared.ETags;
import ilium.shared.PageQuery;
import ilium.shared.PageView;

@RestController
@RequestMapping("/api/v1/appointments")
@PreAuthorize("hasAnyRole('FRONT_DESK', 'THERAPIST', 'ADMIN')")
class AppointmentController {

	private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final AppointmentBook book;

	private final AppointmentChanges changes;

	AppointmentController(AppointmentBook book, AppointmentChanges changes) {
		this.book = book;
		this.changes = changes;
	}

	@PostMapping
	ResponseEntity<AppointmentView> book(@Valid @RequestBody BookAppointment command,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String idempotencyKey) {
		AppointmentView booked = book.book(command, idempotencyKey);
		return ResponseEntity.created(URI.create("/api/v1/appointments/" + booked.id()))
			.eTag(ETags.of(booked.version()))
			.body(booked);
	}

	@PostMapping("/series")
	ResponseEntity<List<AppointmentView>> bookSeries(@Valid @RequestBody BookSeries command,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String idempotencyKey) {
		List<AppointmentView> series = book.bookSeries(command, idempotencyKey);
		return ResponseEntity.created(URI.create("/api/v1/appointments/" + series.getFirst().id())).body(series);
	}

	@GetMapping
	PageView<AppointmentView> list(@RequestParam LocalDate from, @RequestParam LocalDate to,
			@RequestParam(required = false) @Nullable UUID therapistId,
			@RequestParam(required = false) @Nullable UUID patientId,
			@RequestParam(required = false) @Nullable AppointmentStatus status,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return book.list(from, to, therapistId, patientId, status, PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	ResponseEntity<AppointmentView> read(@PathVariable UUID id) {
		return withETag(book.read(id));
	}

	@PatchMapping(path = "/{id}", consumes = { "application/json", "application/merge-patch+json" })
	ResponseEntity<AppointmentView> reschedule(@PathVariable UUID id, @Valid @RequestBody RescheduleAppointment change,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(changes.reschedule(id, change, ETags.expectedVersion(ifMatch)));
	}

	@PostMapping("/{id}/check-in")
	ResponseEntity<AppointmentView> checkIn(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(changes.checkIn(id, ETags.expectedVersion(ifMatch)));
	}

	@PostMapping("/{id}/complete")
	ResponseEntity<AppointmentView> complete(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(changes.complete(id, ETags.expectedVersion(ifMatch)));
	}

	@PostMapping("/{id}/no-show")
	ResponseEntity<AppointmentView> noShow(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(changes.noShow(id, ETags.expectedVersion(ifMatch)));
	}

	@PostMapping("/{id}/cancel")
	ResponseEntity<AppointmentView> cancel(@PathVariable UUID id, @Valid @RequestBody CancelAppointment command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(changes.cancel(id, command, ETags.expectedVersion(ifMatch)));
	}

	private static ResponseEntity<AppointmentView> withETag(AppointmentView appointment) {
		return ResponseEntity.status(HttpStatus.OK).eTag(ETags.of(appointment.version())).body(appointment);
	}

}
