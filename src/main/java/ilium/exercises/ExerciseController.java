package ilium.exercises;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ilium.shared.ClinicException;
import ilium.shared.PageQuery;
import ilium.shared.PageView;
import ilium.shared.ProblemResponse;

@RestController
@RequestMapping("/api/v1/exercises")
@PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
@Tag(name = "Exercise library", description = "The exercises therapists prescribe from, with their default doses.")
class ExerciseController {

	private final ExerciseLibrary library;

	ExerciseController(ExerciseLibrary library) {
		this.library = library;
	}

	@GetMapping
	@Operation(summary = "List the exercise library")
	PageView<ExerciseView> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return library.list(PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read an exercise")
	ExerciseView get(@PathVariable UUID id) {
		return library.find(id).orElseThrow(() -> ClinicException.notFound("exercise"));
	}

	@PostMapping
	@Operation(summary = "Add an exercise to the library")
	@ResponseStatus(HttpStatus.CREATED)
	@ProblemResponse(status = HttpStatus.CONFLICT, type = ExercisesProblems.DUPLICATE_EXERCISE,
			when = "the library has an exercise of this name")
	ResponseEntity<ExerciseView> add(@Valid @RequestBody AddExercise command) {
		ExerciseView exercise = library.add(command);
		return ResponseEntity.created(URI.create("/api/v1/exercises/" + exercise.id())).body(exercise);
	}

}
