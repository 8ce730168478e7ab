package ilium.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ilium.shared.ClinicProperties;
import ilium.shared.PageQuery;
import ilium.therapists.PlanTimeOff;
import ilium.therapists.TherapistRoster;
import ilium.therapists.TimeOffCalendar;
import ilium.therapists.WorkingHours;

/**
 * {@code /app/admin/therapists} (WEB.md): the therapists, each one's weekly working hours
 * (set here as one range a day) and time off (planned and cancelled), through the same
 * {@link TherapistRoster} and {@link TimeOffCalendar} calls as the JSON API, so their
 * rules (hours inside a day, no overlap, time off not in the past) and audit hold; a
 * refusal is said on the page and changes nothing.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class TherapistsPage {

	private static final PageQuery ALL = new PageQuery(0, PageQuery.MAX_SIZE);

	private final TherapistRoster roster;

	private final TimeOffCalendar timeOff;

	private final Clock clock;

	private final ClinicProperties clinic;

	TherapistsPage(TherapistRoster roster, TimeOffCalendar timeOff, Clock clock, ClinicProperties clinic) {
		this.roster = roster;
		this.timeOff = timeOff;
		this.clock = clock;
		this.clinic = clinic;
	}

	@GetMapping("/app/admin/therapists")
	String therapists(@RequestParam(required = false) @Nullable UUID therapistId, Model model) {
		return show(therapistId, model);
	}

	@PostMapping("/app/admin/therapists/{id}/hours")
	String setHours(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes done, HttpServletResponse response) {
		List<@Nullable WorkingHours> hours = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			LocalTime start;
			LocalTime end;
			try {
				start = time(form.getFirst(day + "-start"));
				end = time(form.getFirst(day + "-end"));
			}
			catch (DateTimeParseException ex) {
				return refused(id, "Give " + Words.CLINIC.of(day) + "'s times as hours and minutes, such as 08:00.",
						400, model, response);
			}
			if (start != null || end != null) {
				if (start == null || end == null) {
					return refused(id, "Give both the start and the end of " + Words.CLINIC.of(day) + ", or neither.",
							400, model, response);
				}
				hours.add(new WorkingHours(day, start, end));
			}
		}
		return change(id, () -> roster.replaceWorkingHours(id, hours), "The working hours are saved.", model, done,
				response);
	}

	@PostMapping("/app/admin/therapists/{id}/time-off")
	String addTimeOff(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) @Nullable LocalDateTime start,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) @Nullable LocalDateTime end,
			@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes done,
			HttpServletResponse response) {
		if (start == null || end == null) {
			return refused(id, "Give the start and the end of the time off.", 400, model, response);
		}
		PlanTimeOff plan = new PlanTimeOff(start.atZone(clinic.timeZone()).toInstant(),
				end.atZone(clinic.timeZone()).toInstant(), reason);
		return change(id, () -> timeOff.add(id, plan), "The time off is planned.", model, done, response);
	}

	@PostMapping("/app/admin/therapists/{id}/time-off/{timeOffId}/cancel")
	String cancelTimeOff(@PathVariable UUID id, @PathVariable UUID timeOffId, Model model, RedirectAttributes done,
			HttpServletResponse response) {
		return change(id, () -> timeOff.cancel(id, timeOffId), "The time off is cancelled; its time is free again.",
				model, done, response);
	}

	private String change(UUID id, Supplier<?> change, String outcome, Model model, RedirectAttributes done,
			HttpServletResponse response) {
		try {
			change.get();
			done.addFlashAttribute("done", outcome);
			return "redirect:/app/admin/therapists?therapistId=" + id;
		}
		catch (ErrorResponseException refusal) {
			return refused(id, refusal.getBody().getTitle() + ": " + refusal.getBody().getDetail(),
					refusal.getStatusCode().value(), model, response);
		}
	}

	private String refused(UUID id, String message, int status, Model model, HttpServletResponse response) {
		response.setStatus(status);
		model.addAttribute("refusal", message);
		return show(id, model);
	}

	private String show(@Nullable UUID therapistId, Model model) {
		model.addAttribute("therapists", roster.list(ALL).content());
		model.addAttribute("days", DayOfWeek.values());
		if (therapistId != null) {
			LocalDate today = LocalDate.now(clock.withZone(clinic.timeZone()));
			List<WorkingHours> hours = roster.workingHours(therapistId);
			Map<DayOfWeek, List<WorkingHours>> byDay = hours.stream()
				.collect(Collectors.groupingBy(WorkingHours::dayOfWeek));
			model.addAttribute("therapist", roster.read(therapistId));
			model.addAttribute("hours", hours);
			model.addAttribute("byDay", byDay);
			model.addAttribute("splitDays", byDay.values().stream().anyMatch(ranges -> ranges.size() > 1));
			model.addAttribute("timeOff", timeOff.list(therapistId, today, today.plusDays(365), ALL).content());
		}
		return "app/therapists";
	}

	private static @Nullable LocalTime time(@Nullable String text) {
		return text == null || text.isBlank() ? null : LocalTime.parse(text);
	}

}
