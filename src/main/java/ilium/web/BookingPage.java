package ilium.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ilium.patients.PatientRegistry;
import ilium.scheduling.AppointmentBook;
import ilium.scheduling.AppointmentChanges;
import ilium.scheduling.AppointmentType;
import ilium.scheduling.AppointmentView;
import ilium.scheduling.BookAppointment;
import ilium.scheduling.RescheduleAppointment;
import ilium.shared.ClinicProperties;
import ilium.shared.PageQuery;
import ilium.therapists.TherapistRoster;

/**
 * {@code /app/schedule/book} (WEB.md): booking from a therapist's free slots of a day,
 * and moving an appointment to one. The slots are the API's availability, the patient is
 * found by search, and the booking or move is the API's own call, so the double-booking
 * guarantees (PostgreSQL's exclusion constraints), working hours, time off and the
 * patient's state hold; a refusal comes back on the page in words and books nothing.
 */
@Controller
@PreAuthorize("hasAnyRole('FRONT_DESK', 'THERAPIST', 'ADMIN')")
class BookingPage {

	private static final PageQuery FOUND = PageQuery.of(0, 10);

	private final AppointmentBook book;

	private final AppointmentChanges changes;

	private final TherapistRoster roster;

	private final PatientRegistry patients;

	private final ClinicProperties clinic;

	BookingPage(AppointmentBook book, AppointmentChanges changes, TherapistRoster roster, PatientRegistry patients,
			ClinicProperties clinic) {
		this.book = book;
		this.changes = changes;
		this.roster = roster;
		this.patients = patients;
		this.clinic = clinic;
	}

	@GetMapping("/app/schedule/book")
	String slots(@RequestParam UUID therapistId, @RequestParam LocalDate date,
			@RequestParam(defaultValue = "45") int duration, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable UUID move, Model model) {
		return show(new Slots(therapistId, date, duration, q, move), model);
	}

	@PostMapping("/app/schedule/book")
	String bookSlot(@RequestParam UUID therapistId, @RequestParam LocalDate date, @RequestParam int duration,
			@RequestParam(required = false) @Nullable UUID patientId,
			@RequestParam(required = false) @Nullable Instant start,
			@RequestParam(defaultValue = "FOLLOW_UP") AppointmentType type, Model model, RedirectAttributes done,
			HttpServletResponse response) {
		Slots slots = new Slots(therapistId, date, duration, null, null);
		if (patientId == null || start == null) {
			return refused(slots, "Choose a patient and a free time.", 400, model, response);
		}
		try {
			AppointmentView booked = book.book(new BookAppointment(patientId, therapistId, start, duration, type, null),
					null);
			done.addFlashAttribute("done", "Booked at " + ScheduleRow.time(booked.start(), clinic.timeZone()) + ".");
			return "redirect:" + new SchedulePage.Day(date, therapistId).path();
		}
		catch (ErrorResponseException refusal) {
			return refused(slots, refusal.getBody().getTitle() + ": " + refusal.getBody().getDetail(),
					refusal.getStatusCode().value(), model, response);
		}
	}

	@PostMapping("/app/schedule/{id}/move")
	String moveTo(@PathVariable UUID id, @RequestParam UUID therapistId, @RequestParam LocalDate date,
			@RequestParam int duration, @RequestParam long version,
			@RequestParam(required = false) @Nullable Instant start, Model model, RedirectAttributes done,
			HttpServletResponse response) {
		Slots slots = new Slots(therapistId, date, duration, null, id);
		if (start == null) {
			return refused(slots, "Choose a free time.", 400, model, response);
		}
		try {
			AppointmentView moved = changes.reschedule(id, new RescheduleAppointment(start, null, null), version);
			done.addFlashAttribute("done", "Moved to " + ScheduleRow.time(moved.start(), clinic.timeZone()) + ".");
			return "redirect:" + new SchedulePage.Day(date, therapistId).path();
		}
		catch (ErrorResponseException refusal) {
			return refused(slots, refusal.getBody().getTitle() + ": " + refusal.getBody().getDetail(),
					refusal.getStatusCode().value(), model, response);
		}
	}

	private String refused(Slots slots, String message, int status, Model model, HttpServletResponse response) {
		response.setStatus(status);
		model.addAttribute("refusal", message);
		return show(slots, model);
	}

	private String show(Slots slots, Model model) {
		model.addAttribute("slots", slots);
		model.addAttribute("therapist", roster.read(slots.therapistId()));
		model.addAttribute("free",
				book.availability(slots.therapistId(), slots.date(), slots.date(), slots.duration())
					.stream()
					.map(slot -> new FreeTime(slot.start(), ScheduleRow.time(slot.start(), clinic.timeZone())))
					.toList());
		model.addAttribute("moving", slots.move() == null ? null : book.read(slots.move()));
		model.addAttribute("found", slots.q() == null || slots.q().isBlank() ? List.of()
				: patients.search(slots.q().strip(), false, FOUND).content());
		model.addAttribute("types", AppointmentType.values());
		return "app/book";
	}

	/**
	 * Whose day, how long, and whom the desk is looking for (or which appointment moves).
	 */
	record Slots(UUID therapistId, LocalDate date, int duration, @Nullable String q, @Nullable UUID move) {
	}

	/** A free start time, as sent and as shown. */
	record FreeTime(Instant start, String shown) {
	}

}
