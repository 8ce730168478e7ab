package ilium.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import ilium.visits.DraftVisitNote;
import ilium.visits.ExercisePerformed;
import ilium.visits.ServiceLine;
import ilium.visits.VisitNoteView;

/**
 * The visit-note form as typed: every field text, so what was typed comes back beside its
 * error. {@link #draft} makes it the API's own {@link DraftVisitNote}, whose rules
 * decide; only numbers and ids a browser sends as text it cannot read are refused here,
 * under the API's field names ({@code painBefore}, {@code services[0].minutes}). Service
 * and exercise rows are repeated fields; blank rows are left out, and the rows that
 * remain are numbered as the API numbers them.
 */
record NoteForm(@Nullable String appointmentId, @Nullable String subjective, @Nullable String objective,
		@Nullable String assessment, @Nullable String plan, @Nullable String painBefore, @Nullable String painAfter,
		@Nullable String treatmentPlanId, @Nullable String totalTreatmentMinutes,
		@Nullable String preferredForRemainder, @Nullable List<String> serviceCpt,
		@Nullable List<String> serviceMinutes, @Nullable List<String> exerciseName, @Nullable List<String> exerciseSets,
		@Nullable List<String> exerciseReps, @Nullable List<String> exerciseHold) {

	/** Rows shown for services and exercises beyond those written. */
	private static final int SPARE_ROWS = 2;

	static NoteForm empty(@Nullable UUID appointmentId) {
		return new NoteForm(appointmentId == null ? null : appointmentId.toString(), null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null);
	}

	/** A draft as written, to edit. */
	static NoteForm of(VisitNoteView note) {
		return new NoteForm(note.appointmentId().toString(), note.subjective(), note.objective(), note.assessment(),
				note.plan(), text(note.painBefore()), text(note.painAfter()), text(note.treatmentPlanId()),
				text(note.totalTreatmentMinutes()), note.preferredForRemainder(),
				note.services().stream().map(ServiceLine::cpt).toList(),
				note.services().stream().map(line -> text(line.minutes())).toList(),
				note.exercisesPerformed().stream().map(ExercisePerformed::name).toList(),
				note.exercisesPerformed().stream().map(exercise -> text(exercise.sets())).toList(),
				note.exercisesPerformed().stream().map(exercise -> text(exercise.reps())).toList(),
				note.exercisesPerformed().stream().map(exercise -> text(exercise.holdSeconds())).toList());
	}

	/**
	 * The API's draft, keeping the manual therapy and evaluation complexity of
	 * {@code kept} (this form does not edit them), or {@code null} after adding to
	 * {@code errors} what cannot be read.
	 */
	@Nullable DraftVisitNote draft(@Nullable VisitNoteView kept, Map<String, String> errors) {
		Integer before = number("painBefore", painBefore, errors);
		Integer after = number("painAfter", painAfter, errors);
		Integer total = number("totalTreatmentMinutes", totalTreatmentMinutes, errors);
		UUID planId = id("treatmentPlanId", treatmentPlanId, errors);
		List<ServiceRow> serviceRows = services(0);
		List<ServiceLine> lines = new ArrayList<>();
		for (int index = 0; index < serviceRows.size(); index++) {
			ServiceRow row = serviceRows.get(index);
			lines.add(new ServiceLine(row.cpt(), number(ServiceRow.field(index, "minutes"), row.minutes(), errors)));
		}
		List<ExerciseRow> exerciseRows = exercises(0);
		List<ExercisePerformed> performed = new ArrayList<>();
		for (int index = 0; index < exerciseRows.size(); index++) {
			ExerciseRow row = exerciseRows.get(index);
			performed.add(new ExercisePerformed(null, row.name(),
					number(ExerciseRow.field(index, "sets"), row.sets(), errors),
					number(ExerciseRow.field(index, "reps"), row.reps(), errors),
					number(ExerciseRow.field(index, "holdSeconds"), row.hold(), errors)));
		}
		if (!errors.isEmpty()) {
			return null;
		}
		return new DraftVisitNote(Sentences.typed(subjective), Sentences.typed(objective), Sentences.typed(assessment),
				Sentences.typed(plan), before, after, performed, kept == null ? List.of() : kept.manualTherapy(),
				planId, lines, Sentences.typed(preferredForRemainder), total,
				kept == null || kept.evaluationComplexity() == null ? null : kept.evaluationComplexity().components());
	}

	/** The service rows written (blank ones left out), then {@code spare} empty ones. */
	List<ServiceRow> services(int spare) {
		List<ServiceRow> rows = new ArrayList<>(IntStream.range(0, size(serviceCpt, serviceMinutes))
			.mapToObj(index -> new ServiceRow(at(serviceCpt, index), at(serviceMinutes, index)))
			.filter(row -> !row.cpt().isBlank() || !row.minutes().isBlank())
			.toList());
		IntStream.range(0, spare).forEach(index -> rows.add(new ServiceRow("", "")));
		return rows;
	}

	/** The exercise rows written (blank ones left out), then {@code spare} empty ones. */
	List<ExerciseRow> exercises(int spare) {
		List<ExerciseRow> rows = new ArrayList<>(
				IntStream.range(0, size(exerciseName, exerciseSets, exerciseReps, exerciseHold))
					.mapToObj(index -> new ExerciseRow(at(exerciseName, index), at(exerciseSets, index),
							at(exerciseReps, index), at(exerciseHold, index)))
					.filter(row -> !(row.name() + row.sets() + row.reps() + row.hold()).isBlank())
					.toList());
		IntStream.range(0, spare).forEach(index -> rows.add(new ExerciseRow("", "", "", "")));
		return rows;
	}

	/** The rows the page shows: those written and a few spare. */
	public List<ServiceRow> serviceRows() {
		return services(SPARE_ROWS);
	}

	/** The rows the page shows: those written and a few spare. */
	public List<ExerciseRow> exerciseRows() {
		return exercises(SPARE_ROWS);
	}

	/** One service line as typed. */
	record ServiceRow(String cpt, String minutes) {

		static String field(int index, String name) {
			return "services[" + index + "]." + name;
		}

	}

	/** One exercise performed as typed. */
	record ExerciseRow(String name, String sets, String reps, String hold) {

		static String field(int index, String name) {
			return "exercisesPerformed[" + index + "]." + name;
		}

	}

	private static @Nullable Integer number(String field, @Nullable String typed, Map<String, String> errors) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(typed.strip());
		}
		catch (NumberFormatException ex) {
			errors.put(field, "Enter a whole number.");
			return null;
		}
	}

	private static @Nullable UUID id(String field, @Nullable String typed, Map<String, String> errors) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(typed.strip());
		}
		catch (IllegalArgumentException ex) {
			errors.put(field, "Choose one from the list.");
			return null;
		}
	}

	@SafeVarargs
	private static int size(@Nullable List<String>... lists) {
		int size = 0;
		for (List<String> list : lists) {
			size = Math.max(size, list == null ? 0 : list.size());
		}
		return size;
	}

	private static String at(@Nullable List<String> list, int index) {
		return list == null || index >= list.size() || list.get(index) == null ? "" : list.get(index).strip();
	}

	private static @Nullable String text(@Nullable Object value) {
		return value == null ? null : value.toString();
	}

}
