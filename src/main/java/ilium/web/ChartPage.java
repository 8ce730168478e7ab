package ilium.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
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

import ilium.assessment.RecordScreening;
import ilium.assessment.ScreeningRecords;
import ilium.outcomes.Instrument;
import ilium.outcomes.OutcomeTracking;
import ilium.outcomes.OutcomeView;
import ilium.patients.PatientRegistry;
import ilium.shared.ClinicProperties;
import ilium.shared.CurrentStaff;
import ilium.shared.PageQuery;
import ilium.treatment.CreateTreatmentPlan;
import ilium.treatment.Goal;
import ilium.treatment.TreatmentPlanView;
import ilium.treatment.TreatmentPlanning;
import ilium.visits.VisitCharting;

/**
 * {@code /app/patients/{id}/chart} (WEB.md), the therapist's chart of a patient: the
 * red-flag screening, whose flags and disposition show as the answers are ticked (the
 * assessment module's own rule, asked before anything is recorded), the screenings with
 * their disposition, the plans with a form to start one, the visit notes, and each
 * instrument's outcome trend with its MCID band. Every read and write is the JSON API's
 * own module call, audited as there; a refusal (an urgent referral stops a plan) comes
 * back on the page in words and changes nothing.
 */
@Controller
@PreAuthorize("hasRole('THERAPIST')")
class ChartPage {

	/**
	 * The screening's yes/no questions, in DOMAIN.md's order, with the words the form
	 * asks.
	 */
	static final List<Question> QUESTIONS = List.of(new Question("fever", "Fever"),
			new Question("lowBackOrButtockPain", "Low back or buttock pain"),
			new Question("deepThighPain", "Deep thigh pain"), new Question("difficultyWalking", "Difficulty walking"),
			new Question("saddleAnesthesia", "Saddle anesthesia (numbness)"),
			new Question("bladderOrBowelDysfunction", "Bladder or bowel dysfunction"),
			new Question("progressiveNeurologicalDeficit", "Progressive neurological deficit"),
			new Question("historyOfCancer", "History of cancer"),
			new Question("unexplainedWeightLoss", "Unexplained weight loss"),
			new Question("majorTrauma", "Major trauma"),
			new Question("immunosuppressionOrIvDrugUse", "Immunosuppression or IV drug use"));

	private static final PageQuery RECENT = new PageQuery(0, 20);

	private final PatientRegistry patients;

	private final ScreeningRecords screenings;

	private final TreatmentPlanning planning;

	private final VisitCharting notes;

	private final OutcomeTracking outcomes;

	private final Validator validator;

	private final Clock clock;

	private final ClinicProperties clinic;

	ChartPage(PatientRegistry patients, ScreeningRecords screenings, TreatmentPlanning planning, VisitCharting notes,
			OutcomeTracking outcomes, Validator validator, Clock clock, ClinicProperties clinic) {
		this.patients = patients;
		this.screenings = screenings;
		this.planning = planning;
		this.notes = notes;
		this.outcomes = outcomes;
		this.validator = validator;
		this.clock = clock;
		this.clinic = clinic;
	}

	@GetMapping("/app/patients/{id}/chart")
	String chart(@PathVariable UUID id, Model model) {
		return show(id, model);
	}

	/** What the ticked answers mean, before they are recorded (htmx swaps it in). */
	@PostMapping("/app/patients/{id}/chart/screening-preview")
	String preview(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model) {
		RecordScreening answers = answers(form);
		model.addAttribute("flags", answers.redFlags());
		model.addAttribute("disposition", answers.disposition());
		return "app/patient-chart :: triage";
	}

	@PostMapping("/app/patients/{id}/chart/screenings")
	String screen(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes done, HttpServletResponse response) {
		try {
			var screening = screenings.record(id, answers(form));
			done.addFlashAttribute("done",
					"Screening recorded: " + Words.CLINIC.of(screening.disposition()).toLowerCase() + ".");
			return "redirect:/app/patients/" + id + "/chart";
		}
		catch (ErrorResponseException refusal) {
			return refused(id, refusal, model, response);
		}
	}

	@PostMapping("/app/patients/{id}/chart/plans")
	String startPlan(@PathVariable UUID id, @RequestParam(defaultValue = "") String diagnosisCode,
			@RequestParam(defaultValue = "") String goal,
			@RequestParam(required = false) @Nullable Integer visitsPerWeek,
			@RequestParam(required = false) @Nullable Integer durationWeeks,
			@RequestParam(required = false) @Nullable LocalDate startDate, Model model, HttpServletResponse response) {
		CreateTreatmentPlan command = new CreateTreatmentPlan(null, CurrentStaff.require().therapistId(),
				diagnosisCode.strip(), goal.isBlank() ? List.of() : List.of(new Goal(goal.strip(), null)),
				visitsPerWeek, durationWeeks, startDate);
		Set<ConstraintViolation<CreateTreatmentPlan>> invalid = validator.validate(command);
		if (!invalid.isEmpty()) {
			response.setStatus(400);
			model.addAttribute("planRefusal",
					invalid.stream()
						.map(violation -> violation.getPropertyPath() + ": " + Sentences.of(violation))
						.sorted()
						.collect(Collectors.joining(" ")));
			return show(id, model);
		}
		try {
			TreatmentPlanView plan = planning.create(id, command);
			return "redirect:/app/plans/" + plan.id();
		}
		catch (ErrorResponseException refusal) {
			response.setStatus(refusal.getStatusCode().value());
			model.addAttribute("planRefusal", refusal.getBody().getTitle() + ": " + refusal.getBody().getDetail());
			return show(id, model);
		}
	}

	private String refused(UUID id, ErrorResponseException refusal, Model model, HttpServletResponse response) {
		response.setStatus(refusal.getStatusCode().value());
		model.addAttribute("refusal", refusal.getBody().getTitle() + ": " + refusal.getBody().getDetail());
		return show(id, model);
	}

	private String show(UUID id, Model model) {
		model.addAttribute("patient", patients.read(id));
		model.addAttribute("questions", QUESTIONS);
		model.addAttribute("screenings", screenings.list(id, RECENT).content());
		model.addAttribute("plans", planning.list(id, RECENT).content());
		model.addAttribute("notes", notes.ofPatient(id));
		Map<Instrument, List<OutcomeView>> byInstrument = new LinkedHashMap<>();
		outcomes.series(id, null)
			.stream()
			.filter(measure -> measure.enteredInError() == null)
			.forEach(
					measure -> byInstrument.computeIfAbsent(measure.instrument(), i -> new ArrayList<>()).add(measure));
		model.addAttribute("trends",
				byInstrument.entrySet().stream().map(e -> TrendChart.of(e.getKey(), e.getValue())).toList());
		model.addAttribute("today", LocalDate.now(clock.withZone(clinic.timeZone())));
		return "app/patient-chart";
	}

	/** The form's ticks as the API's answers: a question left unticked is a no. */
	private static RecordScreening answers(MultiValueMap<String, String> form) {
		Boolean[] yes = QUESTIONS.stream().map(q -> "yes".equals(form.getFirst(q.name()))).toArray(Boolean[]::new);
		return new RecordScreening(yes[0], yes[1], yes[2], yes[3], yes[4], yes[5], yes[6], yes[7], yes[8], yes[9],
				yes[10], null, null, null, null, null, null);
	}

	/** A screening question: the API's field and the form's words. */
	record Question(String name, String label) {
	}

}
