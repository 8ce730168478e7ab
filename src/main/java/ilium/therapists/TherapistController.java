package ilium.therapists;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RestController;

import ilium.shared.ETags;
import ilium.shared.PageQuery;
import ilium.shared.PageView;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/therapists")
class TherapistController {

	private final TherapistRoster roster;

	private final TimeOffCalendar timeOff;

	TherapistController(TherapistRoster roster, TimeOffCalendar timeOff) {
		this.roster = roster;
		this.timeOff = timeOff;
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<TherapistView> register(@Valid @RequestBody CreateTherapist therapist) {
		TherapistView registered = roster.register(therapist);
		return ResponseEntity.created(URI.create("/api/v1/therapists/" + registered.id()))
			.eTag(ETags.of(registered.version()))
			.body(registered);
	}

	@GetMapping
	PageView<TherapistView> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return roster.list(PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	ResponseEntity<TherapistView> read(@PathVariable UUID id) {
		TherapistView therapist = roster.read(id);
		return ResponseEntity.ok().eTag(ETags.of(therapist.version())).body(therapist);
	}

	@PatchMapping(path = "/{id}", consumes = { "application/json", "application/merge-patch+json" })
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<TherapistView> change(@PathVariable UUID id, @RequestBody JsonNode patch,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		TherapistView therapist = roster.change(id, patch, ETags.expectedVersion(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(therapist.version())).body(therapist);
	}

	@GetMapping("/{id}/working-hours")
	List<WorkingHours> workingHours(@PathVariable UUID id) {
		return roster.workingHours(id);
	}

	@PutMapping("/{id}/working-hours")
	@PreAuthorize("hasRole('ADMIN')")
	List<WorkingHours> replaceWorkingHours(@PathVariable UUID id, @RequestBody List<@Nullable WorkingHours> hours) {
		return roster.replaceWorkingHours(id, hours);
	}

	@PostMapping("/{id}/time-off")
	@PreAuthorize("hasAnyRole('ADMIN', 'FRONT_DESK')")
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
	PageView<TimeOffView> timeOffList(@PathVariable UUID id, @RequestParam LocalDate from, @RequestParam LocalDate to,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return timeOff.list(id, from, to, PageQuery.of(page, size));
	}

	@GetMapping("/{id}/time-off/{timeOffId}")
	TimeOffView timeOff(@PathVariable UUID id, @PathVariable UUID timeOffId) {
		return timeOff.read(id, timeOffId);
	}

	@PostMapping("/{id}/time-off/{timeOffId}/cancel")
	@PreAuthorize("hasAnyRole('ADMIN', 'FRONT_DESK')")
	TimeOffView cancelTimeOff(@PathVariable UUID id, @PathVariable UUID timeOffId) {
		return timeOff.cancel(id, timeOffId);
	}

}
