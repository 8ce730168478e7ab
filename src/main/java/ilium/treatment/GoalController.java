package ilium.treatment;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import ilium.shared.ETags;
import ilium.shared.ProblemResponse;
import ilium.shared.SharedProblems;

/**
 * A plan's goals. {@code If-Match} carries the plan's ETag: a plan and its goals change
 * as one, each change advancing the plan's version.
 */
@RestController
@RequestMapping("/api/v1/treatment-plans/{planId}/goals")
@PreAuthorize("hasRole('THERAPIST')")
@Tag(name = "Goals",
		description = "A plan's short- and long-term goals (EPISODE.md): measurable, with stable ids STG<n>/LTG<n>, closed once no longer ACTIVE.")
class GoalController {

	private final PlanGoals goals;

	GoalController(PlanGoals goals) {
		this.goals = goals;
	}

	@GetMapping
	@Operation(summary = "List a plan's goals")
	List<GoalView> list(@PathVariable UUID planId) {
		return goals.list(planId);
	}

	@PostMapping
	@Operation(summary = "Add a measurable goal to a plan")
	@ResponseStatus(HttpStatus.CREATED)
	@ProblemResponse(status = HttpStatus.CONFLICT, type = SharedProblems.PLAN_CLOSED,
			when = "the plan is COMPLETED or DISCONTINUED")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = TreatmentProblems.GOAL_TARGET_OUTSIDE_PLAN,
			when = "targetDate is outside startDate..planEndDate")
	ResponseEntity<GoalView> add(@PathVariable UUID planId, @Valid @RequestBody AddGoal command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		GoalView goal = goals.add(planId, ETags.expectedVersion(ifMatch), command);
		return ResponseEntity.created(URI.create("/api/v1/treatment-plans/" + planId + "/goals/" + goal.id()))
			.body(goal);
	}

	/** Where a new goal's {@code Location} points. */
	@GetMapping("/{goalId}")
	@Operation(summary = "Read one goal")
	GoalView get(@PathVariable UUID planId, @PathVariable String goalId) {
		return goals.get(planId, goalId);
	}

	@PatchMapping(path = "/{goalId}", consumes = { "application/json", "application/merge-patch+json" })
	@Operation(summary = "Change a goal's description, measure or target date")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = TreatmentProblems.GOAL_CLOSED,
			when = "the goal is no longer ACTIVE")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = SharedProblems.PLAN_CLOSED,
			when = "the plan is COMPLETED or DISCONTINUED")
	@ProblemResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = TreatmentProblems.GOAL_TARGET_OUTSIDE_PLAN,
			when = "targetDate is outside startDate..planEndDate")
	GoalView change(@PathVariable UUID planId, @PathVariable String goalId, @RequestBody JsonNode patch,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return goals.change(planId, goalId, patch, ETags.expectedVersion(ifMatch));
	}

	/** Discontinues the goal: it is kept, {@code status: DISCONTINUED}. */
	@DeleteMapping("/{goalId}")
	@Operation(summary = "Discontinue a goal (kept, status DISCONTINUED)")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = TreatmentProblems.GOAL_CLOSED,
			when = "the goal is no longer ACTIVE")
	@ProblemResponse(status = HttpStatus.CONFLICT, type = SharedProblems.PLAN_CLOSED,
			when = "the plan is COMPLETED or DISCONTINUED")
	GoalView discontinue(@PathVariable UUID planId, @PathVariable String goalId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return goals.discontinue(planId, goalId, ETags.expectedVersion(ifMatch));
	}

}
