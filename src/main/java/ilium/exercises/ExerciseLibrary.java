package ilium.exercises;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.shared.ClinicException;
import ilium.shared.DatabaseConstraint;
import ilium.shared.PageQuery;
import ilium.shared.PageView;

/**
 * The clinic's exercise library: every exercise with its default dose.
 */
@Service
public class ExerciseLibrary {

	private final ExerciseRepository exercises;

	private final AuditTrail auditTrail;

	private final Clock clock;

	ExerciseLibrary(ExerciseRepository exercises, AuditTrail auditTrail, Clock clock) {
		this.exercises = exercises;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	/** The exercise with this id. */
	@Transactional(readOnly = true)
	public Optional<ExerciseView> find(UUID exerciseId) {
		return exercises.find(exerciseId);
	}

	/** A page of the library, by name. */
	@Transactional(readOnly = true)
	public PageView<ExerciseView> list(PageQuery page) {
		return PageView.of(exercises.page(page), page, exercises.count());
	}

	/** Adds an exercise; a name already in the library (ignoring case) is a 409. */
	@Transactional
	public ExerciseView add(AddExercise command) {
		ExerciseView exercise = ExerciseView.of(UUID.randomUUID(), command.name().strip(), command.instructions(),
				command.dosage());
		try {
			exercises.insert(exercise, clock.instant());
		}
		catch (DuplicateKeyException ex) {
			if (DatabaseConstraint.is(ex, "exercise_name_unique")) {
				throw ClinicException.conflict(ExercisesProblems.DUPLICATE_EXERCISE,
						"The library already has an exercise of this name.");
			}
			throw ex;
		}
		auditTrail.allowed(AuditAction.CREATE, AuditResource.EXERCISE, exercise.id(), null);
		return exercise;
	}

}
