package ilium.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

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

import ilium.patients.PatientRegistry;
import ilium.scheduling.AppointmentBook;
import ilium.scheduling.AppointmentStatus;
import ilium.scheduling.AppointmentView;
import ilium.shared.ClinicException;
import ilium.shared.ClinicProperties;
import ilium.shared.CurrentStaff;
import ilium.shared.PageQuery;
import ilium.treatment.TreatmentPlanning;
import ilium.visits.AddAddendum;
import ilium.visits.DraftVisitNote;
import ilium.visits.ServiceLine;
import ilium.visits.VisitCharting;
import ilium.visits.VisitNoteStatus;
import ilium.visits.VisitNoteView;

/**
 * Visit notes in the browser (WEB.md, the chart's visit notes):
 * {@code /app/patients/{id}/notes/new} writes the draft of one of the patient's visits
 * with the signed-in therapist, and {@code /app/notes/{noteId}} shows a note: its author
 * edits and signs it while it is a draft; once signed it is read only, with its addenda
 * and a form to add one. Every read and change is the call the JSON API makes
 * ({@link VisitCharting}), so the red-flag gate, the rules of services and signature, the
 * author rules and the audit lines are the API's own; a field the API refuses is named
 * next to it, any other refusal is said on the page, and nothing changes.
 */
@Controller
@PreAuthorize("hasRole('THERAPIST')")
class VisitNotePages {

	/** The visits a new note may be written for: the last 30 days and the week ahead. */
	private static final int DAYS_BACK = 30;

	private static final int DAYS_AHEAD = 7;

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final PageQuery RECENT = new PageQuery(0, 50);

	private final VisitCharting charting;

	private final AppointmentBook book;

	private final TreatmentPlanning planning;

	private final PatientRegistry patients;

	private final Validator validator;

	private final Clock clock;

	private final ClinicProperties clinic;

	VisitNotePages(VisitCharting charting, AppointmentBook book, TreatmentPlanning planning, PatientRegistry patients,
			Validator validator, Clock clock, ClinicProperties clinic) {
		this.charting = charting;
		this.book = book;
		this.planning = planning;
		this.patients = patients;
		this.validator = validator;
		this.clock = clock;
		this.clinic = clinic;
	}

	@GetMapping("/app/patients/{id}/notes/new")
	String newNote(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID appointmentId, Model model) {
		return newForm(id, NoteForm.empty(appointmentId), Map.of(), model);
	}

	@PostMapping("/app/patients/{id}/notes/new")
	String open(@PathVariable UUID id, NoteForm form, Model model, RedirectAttributes done,
			HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		UUID appointmentId = visits(id).stream()
			.map(VisitChoice::id)
			.filter(visit -> visit.toString().equals(form.appointmentId()))
			.findFirst()
			.orElse(null);
		if (appointmentId == null) {
			errors.put("appointmentId", "Choose one of this patient's visits with you.");
		}
		DraftVisitNote draft = validated(form.draft(null, errors), errors);
		if (appointmentId == null || draft == null) {
			response.setStatus(400);
			return newForm(id, form, errors, model);
		}
		try {
			VisitNoteView note = charting.open(appointmentId, draft);
			done.addFlashAttribute("done", "The draft is saved.");
			return "redirect:/app/notes/" + note.id();
		}
		catch (ErrorResponseException refusal) {
			response.setStatus(refusal.getStatusCode().value());
			model.addAttribute("refusal", refused(refusal, errors));
			return newForm(id, form, errors, model);
		}
	}

	@GetMapping("/app/notes/{noteId}")
	String note(@PathVariable UUID noteId, Model model) {
		return show(charting.read(noteId), null, Map.of(), model);
	}

	@PostMapping("/app/notes/{noteId}")
	String revise(@PathVariable UUID noteId, @RequestParam long version, NoteForm form, Model model,
			RedirectAttributes done, HttpServletResponse response) {
		VisitNoteView note = charting.read(noteId);
		Map<String, String> errors = new LinkedHashMap<>();
		DraftVisitNote draft = validated(form.draft(note, errors), errors);
		if (draft == null) {
			response.setStatus(400);
			return show(note, form, errors, model);
		}
		try {
			charting.revise(noteId, version, draft);
			done.addFlashAttribute("done", "The draft is saved.");
			return "redirect:/app/notes/" + noteId;
		}
		catch (ErrorResponseException refusal) {
			response.setStatus(refusal.getStatusCode().value());
			model.addAttribute("refusal", refused(refusal, errors));
			return show(charting.read(noteId), form, errors, model);
		}
	}

	@PostMapping("/app/notes/{noteId}/sign")
	String sign(@PathVariable UUID noteId, @RequestParam long version, Model model, RedirectAttributes done,
			HttpServletResponse response) {
		try {
			charting.sign(noteId, version);
			done.addFlashAttribute("done", "The note is signed. It no longer changes; add an addendum to correct it.");
			return "redirect:/app/notes/" + noteId;
		}
		catch (ErrorResponseException refusal) {
			Map<String, String> errors = new LinkedHashMap<>();
			response.setStatus(refusal.getStatusCode().value());
			model.addAttribute("refusal", refused(refusal, errors));
			return show(charting.read(noteId), null, errors, model);
		}
	}

	@PostMapping("/app/notes/{noteId}/addenda")
	String addAddendum(@PathVariable UUID noteId, @RequestParam(defaultValue = "") String text, Model model,
			RedirectAttributes done, HttpServletResponse response) {
		AddAddendum command = new AddAddendum(text.strip());
		Map<String, String> errors = new LinkedHashMap<>();
		validator.validate(command).forEach(violation -> errors.put("text", Sentences.of(violation)));
		try {
			if (errors.isEmpty()) {
				charting.addAddendum(noteId, command);
				done.addFlashAttribute("done", "The addendum is added.");
				return "redirect:/app/notes/" + noteId;
			}
			response.setStatus(400);
		}
		catch (ErrorResponseException refusal) {
			response.setStatus(refusal.getStatusCode().value());
			model.addAttribute("refusal", refused(refusal, errors));
		}
		model.addAttribute("addendumText", text);
		return show(charting.read(noteId), null, errors, model);
	}

	/**
	 * The draft once the API's bean rules pass, else {@code null} with their sentences.
	 */
	private @Nullable DraftVisitNote validated(@Nullable DraftVisitNote draft, Map<String, String> errors) {
		if (draft == null) {
			return null;
		}
		validator.validate(draft)
			.forEach(violation -> errors.putIfAbsent(violation.getPropertyPath().toString(), Sentences.of(violation)));
		return errors.isEmpty() ? draft : null;
	}

	/**
	 * A refusal in words: the fields it names go next to their field (what a signature
	 * still needs among them), and the page says what the refusal is about.
	 */
	private static String refused(ErrorResponseException refusal, Map<String, String> errors) {
		Map<String, Object> properties = Objects.requireNonNullElse(refusal.getBody().getProperties(), Map.of());
		if (properties.get("errors") instanceof List<?> fields) {
			fields.stream()
				.filter(ClinicException.FieldError.class::isInstance)
				.map(ClinicException.FieldError.class::cast)
				.forEach(error -> errors.put(error.field(), Sentences.of(error)));
			return "Some fields need a change: each says why next to it. Nothing was saved.";
		}
		if (properties.get("missingFields") instanceof List<?> missing) {
			missing.forEach(field -> errors.put(field.toString(), "Needed before the note is signed."));
			return "The note is not signed yet: each field it still needs says so next to it.";
		}
		String detail = refusal.getBody().getDetail();
		return (detail != null ? detail : refusal.getBody().getTitle()) + " Nothing was changed.";
	}

	private String newForm(UUID patientId, NoteForm form, Map<String, String> errors, Model model) {
		model.addAttribute("patient", patients.read(patientId));
		model.addAttribute("visits", visits(patientId));
		return page(patientId, null, form, errors, model);
	}

	private String show(VisitNoteView note, @Nullable NoteForm typed, Map<String, String> errors, Model model) {
		model.addAttribute("patient", patients.read(note.patientId()));
		boolean author = CurrentStaff.require().isTherapist(note.therapistId());
		model.addAttribute("author", author);
		NoteForm form = typed != null ? typed : NoteForm.of(note);
		model.addAttribute("editable", author && note.status() == VisitNoteStatus.DRAFT);
		model.addAttribute("visitLabel", VisitChoice.of(book.read(note.appointmentId()), zone()).label());
		model.addAttribute("signedLabel",
				note.signedAt() == null ? null : MINUTE.format(note.signedAt().atZone(zone())));
		return page(note.patientId(), note, form, errors, model);
	}

	private String page(UUID patientId, @Nullable VisitNoteView note, NoteForm form, Map<String, String> errors,
			Model model) {
		model.addAttribute("note", note);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		if (note == null || Boolean.TRUE.equals(model.getAttribute("editable"))) {
			model.addAttribute("plans", planning.list(patientId, RECENT).content());
			model.addAttribute("codes", ServiceLine.codes());
			model.addAttribute("timedCodes", ServiceLine.timedCodes());
		}
		return "app/note";
	}

	/**
	 * The patient's visits with the signed-in therapist a note may document: from 30 days
	 * back to a week ahead, neither cancelled nor missed.
	 */
	private List<VisitChoice> visits(UUID patientId) {
		LocalDate today = LocalDate.now(clock.withZone(zone()));
		return book
			.list(today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD), CurrentStaff.require().therapistId(),
					patientId, null, RECENT)
			.content()
			.stream()
			.filter(visit -> visit.status() != AppointmentStatus.CANCELLED
					&& visit.status() != AppointmentStatus.NO_SHOW)
			.map(visit -> VisitChoice.of(visit, zone()))
			.toList();
	}

	private ZoneId zone() {
		return clinic.timeZone();
	}

	/** A visit as the form offers it: its day, time, kind and status in words. */
	record VisitChoice(UUID id, String label) {

		static VisitChoice of(AppointmentView visit, ZoneId zone) {
			return new VisitChoice(visit.id(),
					MINUTE.format(visit.start().atZone(zone)) + ", "
							+ Words.CLINIC.of(visit.type()).toLowerCase(Locale.ROOT) + ", "
							+ Words.CLINIC.of(visit.status()).toLowerCase(Locale.ROOT));
		}

	}

}
