package ilium.web;

import java.time.Clock;
import java.time.LocalDate;
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

import ilium.assessment.ScreeningRecords;
import ilium.episode.Certifications;
import ilium.episode.ProgressReports;
import ilium.exercises.ExerciseLibrary;
import ilium.exercises.ExerciseSide;
import ilium.patients.PatientRegistry;
import ilium.shared.ClinicProperties;
import ilium.shared.PageQuery;
import ilium.treatment.ChangeDose;
import ilium.treatment.EpisodeStart;
import ilium.treatment.HomeExercises;
import ilium.treatment.HomePrograms;
import ilium.treatment.PlanChanges;
import ilium.treatment.Prescribe;
import ilium.treatment.TreatmentPlanView;
import ilium.treatment.TreatmentPlanning;

/**
 * {@code /app/plans/{id}} (WEB.md): a treatment plan as its therapist works with it:
 * status and history with activate, complete and discontinue; goals; prescriptions with
 * their dose history, a new prescription and a dose change; belt advice and education;
 * the home program of a chosen day; and the episode-of-care panels (certification,
 * progress report clock). Every read and change goes through the module call the JSON API
 * makes, so the red-flag gate, the discharge rule and the audit lines are the API's own;
 * a refusal comes back on the same page, in words, and changes nothing.
 */
@Controller
@PreAuthorize("hasRole('THERAPIST')")
class PlanPage {

	private final TreatmentPlanning planning;

	private final PlanChanges changes;

	private final HomeExercises prescriptions;

	private final HomePrograms homePrograms;

	private final Certifications certifications;

	private final ProgressReports progressReports;

	private final ExerciseLibrary library;

	private final PatientRegistry patients;

	private final ScreeningRecords screenings;

	private final EpisodeStart episodeStart;

	private final Validator validator;

	private final Clock clock;

	private final ClinicProperties clinic;

	PlanPage(TreatmentPlanning planning, PlanChanges changes, HomeExercises prescriptions, HomePrograms homePrograms,
			Certifications certifications, ProgressReports progressReports, ExerciseLibrary library,
			PatientRegistry patients, ScreeningRecords screenings, EpisodeStart episodeStart, Validator validator,
			Clock clock, ClinicProperties clinic) {
		this.planning = planning;
		this.changes = changes;
		this.prescriptions = prescriptions;
		this.homePrograms = homePrograms;
		this.certifications = certifications;
		this.progressReports = progressReports;
		this.library = library;
		this.patients = patients;
		this.screenings = screenings;
		this.episodeStart = episodeStart;
		this.validator = validator;
		this.clock = clock;
		this.clinic = clinic;
	}

	@GetMapping("/app/plans/{id}")
	String plan(@PathVariable UUID id, @RequestParam(required = false) @Nullable LocalDate on, Model model) {
		return show(id, on, model);
	}

	@PostMapping("/app/plans/{id}/activate")
	String activate(@PathVariable UUID id, @RequestParam long version, Model model, RedirectAttributes done,
			HttpServletResponse response) {
		return change(id, () -> changes.activate(id, version), "The plan is active.", model, done, response);
	}

	@PostMapping("/app/plans/{id}/complete")
	String complete(@PathVariable UUID id, @RequestParam long version, Model model, RedirectAttributes done,
			HttpServletResponse response) {
		return change(id, () -> changes.complete(id, version), "The plan is completed.", model, done, response);
	}

	@PostMapping("/app/plans/{id}/discontinue")
	String discontinue(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes done,
			HttpServletResponse response) {
		if (reason.isBlank() || reason.length() > 500) {
			return refused(id, "Give the reason for discontinuing (at most 500 characters).", 400, model, response);
		}
		return change(id, () -> changes.discontinue(id, version, reason), "The plan is discontinued.", model, done,
				response);
	}

	@PostMapping("/app/plans/{id}/prescriptions")
	String prescribe(@PathVariable UUID id, DoseForm form, @RequestParam(required = false) @Nullable UUID exerciseId,
			Model model, RedirectAttributes done, HttpServletResponse response) {
		Prescribe command = new Prescribe(exerciseId, form.sets(), form.reps(), form.holdSeconds(), form.timesPerDay(),
				form.daysPerWeek(), form.side(), null, Sentences.typed(form.instructions()));
		String invalid = Sentences.of(validator.validate(command));
		if (invalid != null) {
			return refused(id, invalid, 400, model, response);
		}
		return change(id, () -> prescriptions.prescribe(id, command), "The exercise is prescribed.", model, done,
				response);
	}

	@PostMapping("/app/plans/{id}/prescriptions/{prescriptionId}/dose")
	String changeDose(@PathVariable UUID id, @PathVariable UUID prescriptionId, @RequestParam long version,
			DoseForm form, Model model, RedirectAttributes done, HttpServletResponse response) {
		ChangeDose command = new ChangeDose(form.sets(), form.reps(), form.holdSeconds(), form.timesPerDay(),
				form.daysPerWeek(), form.side(), null, Sentences.typed(form.instructions()));
		String invalid = Sentences.of(validator.validate(command));
		if (invalid != null) {
			return refused(id, invalid, 400, model, response);
		}
		return change(id, () -> prescriptions.changeDose(id, prescriptionId, command, version),
				"The new dose is in force from today.", model, done, response);
	}

	private String change(UUID id, Supplier<?> change, String outcome, Model model, RedirectAttributes done,
			HttpServletResponse response) {
		try {
			change.get();
			done.addFlashAttribute("done", outcome);
			return "redirect:/app/plans/" + id;
		}
		catch (ErrorResponseException refusal) {
			return refused(id, Sentences.of(refusal), refusal.getStatusCode().value(), model, response);
		}
	}

	private String refused(UUID id, String message, int status, Model model, HttpServletResponse response) {
		response.setStatus(status);
		model.addAttribute("refusal", message);
		return show(id, null, model);
	}

	private String show(UUID id, @Nullable LocalDate on, Model model) {
		LocalDate day = on != null ? on : LocalDate.now(clock.withZone(clinic.timeZone()));
		TreatmentPlanView plan = planning.get(id);
		model.addAttribute("plan", plan);
		// The API's plan answers get their D0 from a body advice; a page asks for it
		// itself.
		model.addAttribute("episodeStart", episodeStart.of(id).orElse(null));
		model.addAttribute("patient", patients.read(plan.patientId()));
		// The chart's warning, here too: the gate refuses activation, prescriptions and
		// treatment while a referral is uncleared, and the page says so before it is
		// tried.
		model.addAttribute("referralUncleared",
				screenings.list(plan.patientId(), new PageQuery(0, PageQuery.MAX_SIZE))
					.content()
					.stream()
					.anyMatch(screening -> !screening.resolved()));
		model.addAttribute("on", day);
		model.addAttribute("exercises", library.list(new PageQuery(0, PageQuery.MAX_SIZE)).content());
		model.addAttribute("sides", ExerciseSide.values());
		model.addAttribute("program", Panel.of(() -> homePrograms.on(id, day)));
		model.addAttribute("certifications", Panel.of(() -> certifications.of(id, day)));
		model.addAttribute("progressReports", Panel.of(() -> progressReports.of(id, day)));
		return "app/plan";
	}

	/** The dose fields of the prescribe and change-dose forms. */
	record DoseForm(@Nullable Integer sets, @Nullable Integer reps, @Nullable Integer holdSeconds,
			@Nullable Integer timesPerDay, @Nullable Integer daysPerWeek, @Nullable ExerciseSide side,
			@Nullable String instructions) {
	}

	/**
	 * One panel of the page: what its module answered, or why it has nothing to show (a
	 * plan never activated has no home program, an episode not started has no clock).
	 */
	record Panel<T>(@Nullable T shown, @Nullable String why) {

		static <T> Panel<T> of(Supplier<T> read) {
			try {
				return new Panel<>(read.get(), null);
			}
			catch (ErrorResponseException nothing) {
				return new Panel<>(null, nothing.getBody().getDetail());
			}
		}

	}

}
