package ilium.treatment;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RestController;

import ilium.shared.ETags;
import tools.jackson.databind.JsonNode;

/**
 * A plan's goals. {@code If-Match} carries the plan's ETag: a plan and its goals change
 * as one, each change advancing the plan's version.
 */
@RestController
@RequestMapping("/api/v1/treatment-plans/{planId}/goals")
@PreAuthorize("hasRole('THERAPIST')")
class GoalController {

	private final PlanGoals goals;

	GoalController(PlanGoals goals) {
		this.goals = goals;
	}

	@GetMapping
	List<GoalView> list(@PathVariable UUID planId) {
		return goals.list(planId);
	}

	@PostMapping
	ResponseEntity<GoalView> add(@PathVariable UUID planId, @Valid @RequestBody AddGoal command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		GoalView goal = goals.add(planId, ETags.expectedVersion(ifMatch), command);
		return ResponseEntity.created(URI.create("/api/v1/treatment-plans/" + planId + "/goals/" + goal.id()))
			.body(goal);
	}

	/** Where a new goal's {@code Location} points. */
	@GetMapping("/{goalId}")
	GoalView get(@PathVariable UUID planId, @PathVariable String goalId) {
		return goals.get(planId, goalId);
	}

	@PatchMapping(path = "/{goalId}", consumes = { "application/json", "application/merge-patch+json" })
	GoalView change(@PathVariable UUID planId, @PathVariable String goalId, @RequestBody JsonNode patch,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return goals.change(planId, goalId, patch, ETags.expectedVersion(ifMatch));
	}

	/** Discontinues the goal: it is kept, {@code status: DISCONTINUED}. */
	@DeleteMapping("/{goalId}")
	GoalView discontinue(@PathVariable UUID planId, @PathVariable String goalId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return goals.discontinue(planId, goalId, ETags.expectedVersion(ifMatch));
	}

}
