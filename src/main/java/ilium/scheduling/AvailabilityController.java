package ilium.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A therapist's free slots. Served by scheduling, which knows the appointments, under the
 * therapist's path as API.md places it.
 */
@RestController
@Tag(name = "Therapists", description = "Therapist profiles, weekly working hours, time off and free slots.")
class AvailabilityController {

	private final AppointmentBook book;

	AvailabilityController(AppointmentBook book) {
		this.book = book;
	}

	@GetMapping("/api/v1/therapists/{id}/availability")
	@Operation(operationId = "therapistAvailability",
			summary = "Find the free slots of a therapist for an appointment of a given length")
	List<TimeSlot> availability(@PathVariable UUID id, @RequestParam LocalDate from, @RequestParam LocalDate to,
			@RequestParam int durationMinutes) {
		return book.availability(id, from, to, durationMinutes);
	}

}
