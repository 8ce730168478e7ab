package ilium.scheduling;

import java.time.Instant;

/**
 * A half-open stretch of time {@code [start, end)}; back to back is not overlapping.
 */
public record TimeSlot(Instant start, Instant end) {

	boolean overlaps(TimeSlot other) {
		return start.isBefore(other.end) && other.start.isBefore(end);
	}

}
