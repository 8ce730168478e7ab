package ilium.therapists;

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
import org.springframework.web.bind.annotation.PutMapping;
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
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/therapists")
@Tag(name = "Therapists", description = "Therapist profiles, weekly working hours, time off and free slots.")
class TherapistController {

	private final TherapistRoster roster;

	private final TimeOffCalendar timeOff;

	TherapistController(TherapistRoster roster, TimeOffCalendar timeOff) {
		this.roster = roster;
		this.timeOff = timeOff;
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Register a therapist")
	@ResponseStatus(HttpStatus.CREATED)
	@ProblemResponse(status = HttpStatus.CONFLICT, type = TherapistsProblems.DUPLICATE_LICENSE_NUMBER,
			when = "another therapist holds the license number")
	ResponseEntity<TherapistView> register(@Valid @RequestBody CreateTherapist therapist) {
		TherapistView registered = roster.register(therapist);
		return ResponseEntity.created(URI.create("/api/v1/therapists/" + registered.id()))
			.eTag(ETags.of(registered.version()))
			.body(registered);
	}

	@GetMapping
	@Operation(summary = "List therapists")
	PageView<TherapistView> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return roster.list(PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a therapist")
	ResponseEntity<TherapistView> read(@PathVariable UUID id) {
		TherapistView therapist = roster.read(id);
		return ResponseEntity.ok().eTag(ETags.of(therapist.version())).body(therapist);
	}

	@PatchMapping(path = "/{id}", consumes = { "application/json", "application/merge-patch+json" })
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Change a therapist profile (JSON merge patch)",
			description = "The body is a merge patch of the fields of `CreateTherapist`.")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = TherapistsProblems.DUPLICATE_LICENSE_NUMBER,
			when = "another therapist holds the license number")
	ResponseEntity<TherapistView> change(@PathVariable UUID id, @RequestBody JsonNode patch,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		TherapistView therapist = roster.change(id, patch, ETags.expectedVersion(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(therapist.version())).body(therapist);
	}

	@GetMapping("/{id}/working-hours")
	@Operation(summary = "Read the weekly working hours of a therapist")
	List<WorkingHours> workingHours(@PathVariable UUID id) {
		return roster.workingHours(id);
	}

	@PutMapping("/{id}/working-hours")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Replace the weekly working hours of a therapist")
	List<WorkingHours> replaceWorkingHours(@PathVariable UUID id, @RequestBody List<@Nullable WorkingHours> hours) {
		return roster.replaceWorkingHours(id, hours);
	}

	@PostMapping("/{id}/time-off")
	@PreAuthorize("hasAnyRole('ADMIN', 'FRONT_DESK')")
	@Operation(summary = "Plan time off for a therapist")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<TimeOffView> addTimeOff(@PathVariable UUID id, @Valid @RequestBody PlanTimeOff plan) {
		TimeOffView added = timeOff.add(id, plan);
		return ResponseEntity.created(URI.create("/api/v1/therapists/" + id + "/time-off/" + added.id())).body(added);
	}

	/**
	 * Time off overlapping the clinic-local dates {@code from}..{@code to} (both
	 * required, inclusive, at most 366 days), cancelled entries included, by start; paged
	 * like every list ({@code page}, {@code size} 1..200, default 20).
	 */
	@GetMapping("/{id}/time-off")
	@Operation(summary = "List the time off of a therapist that overlaps a date range")
	PageView<TimeOffView> timeOffList(@PathVariable UUID id, @RequestParam LocalDate from, @RequestParam LocalDate to,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return timeOff.list(id, from, to, PageQuery.of(page, size));
	}

	@GetMapping("/{id}/time-off/{timeOffId}")
	@Operation(summary = "Read one time-off entry of a therapist")
	TimeOffView timeOff(@PathVariable UUID id, @PathVariable UUID timeOffId) {
		return timeOff.read(id, timeOffId);
	}

	@PostMapping("/{id}/time-off/{timeOffId}/cancel")
	@PreAuthorize("hasAnyRole('ADMIN', 'FRONT_DESK')")
	@Operation(summary = "Cancel time off, freeing its time (the entry is kept)")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = TherapistsProblems.TIME_OFF_CANCELLED,
			when = "it is already cancelled")
	TimeOffView cancelTimeOff(@PathVariable UUID id, @PathVariable UUID timeOffId) {
		return timeOff.cancel(id, timeOffId);
	}

}
