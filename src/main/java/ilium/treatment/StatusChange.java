package ilium.treatment;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of a plan's {@code statusHistory}: the status it took, when, who set it (a
 * staff account's user id) and why, where a reason was given.
 */
public record StatusChange(PlanStatus status, Instant at, UUID by, @Nullable String reason) {
}
