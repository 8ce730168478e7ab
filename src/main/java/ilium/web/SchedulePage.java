package ilium.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

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
import org.springframework.web.util.UriComponentsBuilder;

import ilium.patients.PatientRegistry;
import ilium.patients.PatientView;
import ilium.scheduling.AppointmentBook;
import ilium.scheduling.AppointmentChanges;
import ilium.scheduling.AppointmentView;
import ilium.scheduling.CancelAppointment;
import ilium.shared.ClinicException;
import ilium.shared.ClinicProperties;
import ilium.shared.PageQuery;
import ilium.shared.PageView;
import ilium.therapists.TherapistRoster;
import ilium.therapists.TherapistView;

/**
 * {@code /app/schedule}: a day of the appointment book, of one therapist or all, with
 * check in, no-show and cancel (with its reason) as plain forms. The same
 * {@link AppointmentBook} list and {@link AppointmentChanges} moves as the JSON API, so
 * each listed appointment is audited as listed and each patient named is audited as read,
 * as a client of the API reading the names would be; a refusal (an illegal move, a
 * no-show before the start, a change made meanwhile) comes back on the same page, in
 * words, at its appointment.
 */
@Controller
@PreAuthorize("hasAnyRole('FRONT_DESK', 'THERAPIST', 'ADMIN')")
class SchedulePage {

	private static final PageQuery WHOLE_DAY = new PageQuery(0, PageQuery.MAX_SIZE);

	private final AppointmentBook book;

	private final AppointmentChanges changes;

	private final TherapistRoster roster;

	private final PatientRegistry patients;

	private final Validator validator;

	private final Clock clock;

	private final ClinicProperties clinic;

	SchedulePage(AppointmentBook book, AppointmentChanges changes, TherapistRoster roster, PatientRegistry patients,
			Validator validator, Clock clock, ClinicProperties clinic) {
		this.book = book;
		this.changes = changes;
		this.roster = roster;
		this.patients = patients;
		this.validator = validator;
		this.clock = clock;
		this.clinic = clinic;
	}

	@GetMapping("/app/schedule")
	String day(@RequestParam(required = false) @Nullable String date,
			@RequestParam(required = false) @Nullable UUID therapistId,
			@RequestParam(required = false) @Nullable String view, Model model) {
		return "week".equals(view) ? week(dayOf(date), therapistId, model) : show(dayOf(date), therapistId, model);
	}

	/**
	 * The week (Monday to Sunday) around a day: each day's appointments, oldest first.
	 */
	private String week(LocalDate date, @Nullable UUID therapistId, Model model) {
		LocalDate monday = date.with(DayOfWeek.MONDAY);
		PageView<AppointmentView> listed = book.list(monday, monday.plusDays(6), therapistId, null, null, WHOLE_DAY);
		List<AppointmentView> appointments = listed.content();
		model.addAttribute("more", listed.page().totalElements() - appointments.size());
		Map<UUID, PatientView> named = patients.readAll(appointments.stream().map(AppointmentView::patientId).toList());
		Map<UUID, TherapistView> byId = new HashMap<>();
		List<TherapistView> therapists = roster.list(WHOLE_DAY).content();
		therapists.forEach(therapist -> byId.put(therapist.id(), therapist));
		Map<LocalDate, List<ScheduleRow>> days = new TreeMap<>();
		for (int i = 0; i < 7; i++) {
			days.put(monday.plusDays(i), new ArrayList<>());
		}
		appointments.forEach(appointment -> days.get(LocalDate.ofInstant(appointment.start(), clinic.timeZone()))
			.add(ScheduleRow.of(appointment, named.get(appointment.patientId()), byId.get(appointment.therapistId()),
					clinic.timeZone())));
		model.addAttribute("monday", monday);
		model.addAttribute("therapistId", therapistId);
		model.addAttribute("therapists", therapists);
		model.addAttribute("days", days);
		model.addAttribute("previous", new Day(monday.minusWeeks(1), therapistId).path() + "&view=week");
		model.addAttribute("next", new Day(monday.plusWeeks(1), therapistId).path() + "&view=week");
		return "app/schedule-week";
	}

	@PostMapping("/app/schedule/{id}/check-in")
	String checkIn(@PathVariable UUID id, @RequestParam LocalDate date,
			@RequestParam(required = false) @Nullable UUID therapistId, @RequestParam long version, Model model,
			RedirectAttributes done, HttpServletResponse response) {
		return change(id, new Day(date, therapistId), () -> changes.checkIn(id, version), "checked in", model, done,
				response);
	}

	@PostMapping("/app/schedule/{id}/no-show")
	String noShow(@PathVariable UUID id, @RequestParam LocalDate date,
			@RequestParam(required = false) @Nullable UUID therapistId, @RequestParam long version, Model model,
			RedirectAttributes done, HttpServletResponse response) {
		return change(id, new Day(date, therapistId), () -> changes.noShow(id, version), "marked a no-show", model,
				done, response);
	}

	@PostMapping("/app/schedule/{id}/cancel")
	String cancel(@PathVariable UUID id, @RequestParam LocalDate date,
			@RequestParam(required = false) @Nullable UUID therapistId, @RequestParam long version,
			@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes done,
			HttpServletResponse response) {
		CancelAppointment command = new CancelAppointment(reason);
		if (!validator.validate(command).isEmpty()) {
			response.setStatus(400);
			model.addAttribute("refusal",
					new Refusal(id, "Give the reason for the cancellation (at most 200 characters).", true));
			return show(date, therapistId, model);
		}
		return change(id, new Day(date, therapistId), () -> changes.cancel(id, command, version), "cancelled", model,
				done, response);
	}

	private String change(UUID id, Day day, Supplier<AppointmentView> move, String outcome, Model model,
			RedirectAttributes done, HttpServletResponse response) {
		try {
			AppointmentView changed = move.get();
			done.addFlashAttribute("done",
					"The " + ScheduleRow.time(changed.start(), clinic.timeZone()) + " appointment is " + outcome + ".");
			return "redirect:" + day.path();
		}
		catch (ErrorResponseException refusal) {
			response.setStatus(refusal.getStatusCode().value());
			model.addAttribute("refusal", new Refusal(id, Sentences.of(refusal), false));
			return show(day.date(), day.therapistId(), model);
		}
	}

	private String show(LocalDate date, @Nullable UUID therapistId, Model model) {
		List<TherapistView> therapists = roster.list(WHOLE_DAY).content();
		List<AppointmentView> appointments = book.list(date, date, therapistId, null, null, WHOLE_DAY).content();
		Map<UUID, PatientView> named = patients.readAll(appointments.stream().map(AppointmentView::patientId).toList());
		Map<UUID, TherapistView> byId = new HashMap<>();
		therapists.forEach(therapist -> byId.put(therapist.id(), therapist));
		model.addAttribute("date", date);
		model.addAttribute("therapistId", therapistId);
		model.addAttribute("therapists", therapists);
		model.addAttribute("rows",
				appointments.stream()
					.map(appointment -> ScheduleRow.of(appointment, named.get(appointment.patientId()),
							byId.get(appointment.therapistId()), clinic.timeZone()))
					.toList());
		model.addAttribute("previous", new Day(date.minusDays(1), therapistId).path());
		model.addAttribute("next", new Day(date.plusDays(1), therapistId).path());
		return "app/schedule";
	}

	private LocalDate dayOf(@Nullable String date) {
		if (date == null || date.isBlank()) {
			return LocalDate.now(clock.withZone(clinic.timeZone()));
		}
		try {
			return LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException ex) {
			throw ClinicException.badRequest("date", "must be a date as YYYY-MM-DD");
		}
	}

	/** The day shown, and whose: where the page goes back to after a change. */
	record Day(LocalDate date, @Nullable UUID therapistId) {

		String path() {
			return UriComponentsBuilder.fromPath("/app/schedule")
				.queryParam("date", date)
				.queryParamIfPresent("therapistId", java.util.Optional.ofNullable(therapistId))
				.build()
				.toUriString();
		}

	}

	/**
	 * Why a change of one appointment was refused; {@code reason} when the reason field
	 * was wrong.
	 */
	record Refusal(UUID appointmentId, String message, boolean reason) {
	}

}
