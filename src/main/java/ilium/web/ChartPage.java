package ilium.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;
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

import ilium.assessment.ClearScreening;
import ilium.assessment.EvaluationRecords;
import ilium.assessment.JointMobility;
import ilium.assessment.PainSide;
import ilium.assessment.ProvocationResult;
import ilium.assessment.ProvocationTests;
import ilium.assessment.RecordEvaluation;
import ilium.assessment.RecordScreening;
import ilium.assessment.ScreeningRecords;
import ilium.exercises.ProtocolCatalog;
import ilium.outcomes.Instrument;
import ilium.outcomes.OutcomeTracking;
import ilium.outcomes.OutcomeView;
import ilium.outcomes.PsfsActivity;
import ilium.outcomes.RecordOutcome;
import ilium.patients.PatientRegistry;
import ilium.shared.ClinicException;
import ilium.shared.ClinicProperties;
import ilium.shared.CurrentStaff;
import ilium.shared.PageQuery;
import ilium.therapists.TherapistRoster;
import ilium.therapists.TherapistView;
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

	/** The five provocation tests of an evaluation, in DOMAIN.md's order. */
	static final List<Question> PROVOCATION_TESTS = List.of(new Question("distraction", "Distraction"),
			new Question("thighThrust", "Thigh thrust"), new Question("compression", "Compression"),
			new Question("sacralThrust", "Sacral thrust"), new Question("gaenslen", "Gaenslen"));

	/**
	 * The RMDQ has 24 yes/no statements; the ODI 10 sections; the PSFS up to 5
	 * activities.
	 */
	static final int RMDQ_STATEMENTS = 24;

	static final int ODI_SECTIONS = 10;

	static final int PSFS_ACTIVITIES = 5;

	private static final PageQuery RECENT = new PageQuery(0, 20);

	private static final PageQuery ALL = new PageQuery(0, PageQuery.MAX_SIZE);

	private final PatientRegistry patients;

	private final ScreeningRecords screenings;

	private final EvaluationRecords evaluations;

	private final TreatmentPlanning planning;

	private final ProtocolCatalog protocols;

	private final VisitCharting notes;

	private final OutcomeTracking outcomes;

	private final TherapistRoster roster;

	private final Validator validator;

	private final Clock clock;

	private final ClinicProperties clinic;

	ChartPage(PatientRegistry patients, ScreeningRecords screenings, EvaluationRecords evaluations,
			TreatmentPlanning planning, ProtocolCatalog protocols, VisitCharting notes, OutcomeTracking outcomes,
			TherapistRoster roster, Validator validator, Clock clock, ClinicProperties clinic) {
		this.patients = patients;
		this.screenings = screenings;
		this.evaluations = evaluations;
		this.planning = planning;
		this.protocols = protocols;
		this.notes = notes;
		this.outcomes = outcomes;
		this.roster = roster;
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
			return refused(id, "refusal", refusal, model, response);
		}
	}

	/** A physician's clearance of a referral, through the API's own clearance. */
	@PostMapping("/app/patients/{id}/chart/screenings/{screeningId}/clearance")
	String clear(@PathVariable UUID id, @PathVariable UUID screeningId,
			@RequestParam(defaultValue = "") String clearedBy, @RequestParam(defaultValue = "") String clearedByNpi,
			@RequestParam(required = false) @Nullable LocalDate clearedOn, @RequestParam(defaultValue = "") String note,
			Model model, RedirectAttributes done, HttpServletResponse response) {
		ClearScreening clearance = new ClearScreening(clearedBy.strip(), Sentences.typed(clearedByNpi), clearedOn,
				Sentences.typed(note));
		String invalid = Sentences.of(validator.validate(clearance));
		model.addAttribute("refusedScreening", screeningId);
		if (invalid != null) {
			return refused(id, "clearanceRefusal", invalid, 400, model, response);
		}
		try {
			screenings.clear(id, screeningId, clearance);
			done.addFlashAttribute("done", "Clearance recorded.");
			return "redirect:/app/patients/" + id + "/chart";
		}
		catch (ErrorResponseException refusal) {
			return refused(id, "clearanceRefusal", refusal, model, response);
		}
	}

	/** An SI joint evaluation; the assessment module computes the Laslett cluster. */
	@PostMapping("/app/patients/{id}/chart/evaluations")
	String evaluate(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
			@RequestParam(required = false) @Nullable JointMobility jointMobility,
			@RequestParam(required = false) @Nullable PainSide painSide,
			@RequestParam(required = false) @Nullable Integer nprs, @RequestParam(defaultValue = "") String findings,
			Model model, RedirectAttributes done, HttpServletResponse response) {
		ProvocationResult[] results = PROVOCATION_TESTS.stream()
			.map(test -> "POSITIVE".equals(form.getFirst(test.name())) ? ProvocationResult.POSITIVE
					: "NEGATIVE".equals(form.getFirst(test.name())) ? ProvocationResult.NEGATIVE
							: ProvocationResult.NOT_TESTED)
			.toArray(ProvocationResult[]::new);
		RecordEvaluation evaluation = new RecordEvaluation(
				new ProvocationTests(results[0], results[1], results[2], results[3], results[4]), null, null,
				jointMobility, painSide, nprs, Sentences.typed(findings), null);
		String invalid = Sentences.of(validator.validate(evaluation));
		if (invalid != null) {
			return refused(id, "evaluationRefusal", invalid, 400, model, response);
		}
		try {
			var recorded = evaluations.record(id, evaluation);
			done.addFlashAttribute("done",
					"Evaluation recorded: " + Words.CLINIC.of(recorded.cluster().result()).toLowerCase() + ".");
			return "redirect:/app/patients/" + id + "/chart";
		}
		catch (ErrorResponseException refusal) {
			return refused(id, "evaluationRefusal", refusal, model, response);
		}
	}

	@PostMapping("/app/patients/{id}/chart/plans")
	String startPlan(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID protocolId,
			@RequestParam(defaultValue = "") String diagnosisCode, @RequestParam(defaultValue = "") String goal,
			@RequestParam(required = false) @Nullable Integer visitsPerWeek,
			@RequestParam(required = false) @Nullable Integer durationWeeks,
			@RequestParam(required = false) @Nullable LocalDate startDate, Model model, HttpServletResponse response) {
		CreateTreatmentPlan command = new CreateTreatmentPlan(protocolId, CurrentStaff.require().therapistId(),
				diagnosisCode.strip(), goal.isBlank() ? List.of() : List.of(new Goal(goal.strip(), null)),
				visitsPerWeek, durationWeeks, startDate);
		String invalid = Sentences.of(validator.validate(command));
		if (invalid != null) {
			return refused(id, "planRefusal", invalid, 400, model, response);
		}
		try {
			TreatmentPlanView plan = planning.create(id, command);
			return "redirect:/app/plans/" + plan.id();
		}
		catch (ErrorResponseException refusal) {
			return refused(id, "planRefusal", refusal, model, response);
		}
	}

	/**
	 * An outcome measure of the chosen instrument, scored by the outcomes module as the
	 * API scores it.
	 */
	@PostMapping("/app/patients/{id}/chart/outcomes")
	String measure(@PathVariable UUID id, @RequestParam(defaultValue = "") String instrument,
			@RequestParam(required = false) @Nullable LocalDate takenOn,
			@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes done,
			HttpServletResponse response) {
		if (Arrays.stream(Instrument.values()).noneMatch(known -> known.name().equals(instrument))) {
			return refused(id, "outcomeRefusal", "Choose one of the instruments listed.", 400, model, response);
		}
		RecordOutcome command;
		try {
			command = outcome(instrument, takenOn, form);
		}
		catch (IllegalArgumentException ex) {
			return refused(id, "outcomeRefusal", "Each answer must be a whole number in the form's range.", 400, model,
					response);
		}
		String invalid = Sentences.of(validator.validate(command));
		if (invalid != null) {
			return refused(id, "outcomeRefusal", invalid, 400, model, response);
		}
		try {
			OutcomeView recorded = outcomes.record(id, command);
			done.addFlashAttribute("done", recorded.instrument() + " recorded: "
					+ recorded.score().stripTrailingZeros().toPlainString() + ".");
			return "redirect:/app/patients/" + id + "/chart";
		}
		catch (ErrorResponseException refusal) {
			return refused(id, "outcomeRefusal", refusal, model, response);
		}
	}

	private String refused(UUID id, String where, ErrorResponseException refusal, Model model,
			HttpServletResponse response) {
		String detail = refusal.getBody().getDetail();
		String fields = refusal.getBody().getProperties() != null
				&& refusal.getBody().getProperties().get("errors") instanceof List<?> errors
						? errors.stream()
							.filter(ClinicException.FieldError.class::isInstance)
							.map(error -> " " + ((ClinicException.FieldError) error).field() + ": "
									+ Sentences.of((ClinicException.FieldError) error))
							.collect(Collectors.joining())
						: "";
		return refused(id, where, fields.isEmpty()
				? refusal.getBody().getTitle() + (detail == null ? "" : ": " + detail) : fields.strip(),
				refusal.getStatusCode().value(), model, response);
	}

	private String refused(UUID id, String where, String message, int status, Model model,
			HttpServletResponse response) {
		response.setStatus(status);
		model.addAttribute(where, message);
		return show(id, model);
	}

	private String show(UUID id, Model model) {
		model.addAttribute("patient", patients.read(id));
		model.addAttribute("questions", QUESTIONS);
		model.addAttribute("provocationTests", PROVOCATION_TESTS);
		model.addAttribute("painSides", PainSide.values());
		model.addAttribute("mobilities", JointMobility.values());
		model.addAttribute("screenings", screenings.list(id, RECENT).content());
		model.addAttribute("evaluations", evaluations.list(id, RECENT).content());
		Map<UUID, String> protocolNames = new LinkedHashMap<>();
		protocols.list(ALL).content().forEach(protocol -> protocolNames.put(protocol.id(), protocol.name()));
		model.addAttribute("protocols", protocolNames);
		model.addAttribute("plans", planning.list(id, RECENT).content());
		Map<UUID, String> therapists = new LinkedHashMap<>();
		roster.list(ALL).content().forEach(therapist -> therapists.put(therapist.id(), name(therapist)));
		model.addAttribute("therapists", therapists);
		model.addAttribute("notes", notes.ofPatient(id));
		List<OutcomeView> measures = outcomes.series(id, null);
		model.addAttribute("measures", measures);
		Map<Instrument, List<OutcomeView>> byInstrument = new LinkedHashMap<>();
		measures.stream()
			.filter(measure -> measure.enteredInError() == null)
			.forEach(
					measure -> byInstrument.computeIfAbsent(measure.instrument(), i -> new ArrayList<>()).add(measure));
		model.addAttribute("trends",
				byInstrument.entrySet().stream().map(e -> TrendChart.of(e.getKey(), e.getValue())).toList());
		model.addAttribute("rmdqStatements", IntStream.rangeClosed(1, RMDQ_STATEMENTS).boxed().toList());
		model.addAttribute("odiSections", IntStream.rangeClosed(1, ODI_SECTIONS).boxed().toList());
		model.addAttribute("psfsActivities", IntStream.rangeClosed(1, PSFS_ACTIVITIES).boxed().toList());
		model.addAttribute("today", LocalDate.now(clock.withZone(clinic.timeZone())));
		return "app/patient-chart";
	}

	/** The form's ticks as the API's answers: a question left unticked is a no. */
	private static RecordScreening answers(MultiValueMap<String, String> form) {
		Boolean[] yes = QUESTIONS.stream().map(q -> "yes".equals(form.getFirst(q.name()))).toArray(Boolean[]::new);
		return new RecordScreening(yes[0], yes[1], yes[2], yes[3], yes[4], yes[5], yes[6], yes[7], yes[8], yes[9],
				yes[10], null, null, null, null, null, null);
	}

	/**
	 * The outcome form's answers as the API's command: NPRS {@code score}; ODI
	 * {@code odi1..odi10} (a section left blank is unanswered); RMDQ the ticked
	 * {@code rmdq1..rmdq24}; PSFS {@code activity1..5} with {@code activityScore1..5}
	 * (rows left blank are left out).
	 */
	private static RecordOutcome outcome(String instrument, @Nullable LocalDate takenOn,
			MultiValueMap<String, String> form) {
		return switch (Instrument.valueOf(instrument)) {
			case NPRS -> new RecordOutcome.Nprs(takenOn, null, number(form.getFirst("score")));
			case ODI -> new RecordOutcome.Odi(takenOn, null,
					IntStream.rangeClosed(1, ODI_SECTIONS)
						.mapToObj(section -> number(form.getFirst("odi" + section)))
						.toList());
			case RMDQ -> new RecordOutcome.Rmdq(takenOn, null,
					IntStream.rangeClosed(1, RMDQ_STATEMENTS)
						.mapToObj(statement -> (Boolean) "yes".equals(form.getFirst("rmdq" + statement)))
						.toList());
			case PSFS -> new RecordOutcome.Psfs(takenOn, null,
					IntStream.rangeClosed(1, PSFS_ACTIVITIES)
						.filter(row -> Sentences.typed(form.getFirst("activity" + row)) != null)
						.mapToObj(row -> new PsfsActivity(form.getFirst("activity" + row).strip(),
								number(form.getFirst("activityScore" + row))))
						.toList());
		};
	}

	private static @Nullable Integer number(@Nullable String text) {
		return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
	}

	private static String name(TherapistView therapist) {
		return therapist.firstName() + " " + therapist.lastName();
	}

	/** A question of a form: the API's field and the form's words. */
	record Question(String name, String label) {
	}

}
