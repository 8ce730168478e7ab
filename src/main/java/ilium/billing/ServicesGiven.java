package ilium.billing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The billable services of one signed note, or of one patient's whole date of service.
 * The units rules take a whole date ({@link #ofDate}): minutes are summed over every
 * signed note of the date before any unit is counted (EPISODE.md R3; two 10-minute visits
 * of 97110 on one date bill one unit, not none).
 *
 * @param timedMinutes minutes per timed code, each at least 1
 * @param untimedCodes the untimed codes given (evaluation, re-evaluation)
 * @param preferredForRemainder the timed code the therapist wants to win an equal
 * remainder (R3 step 3), or null
 */
public record ServicesGiven(Map<CptCode, Integer> timedMinutes, Set<CptCode> untimedCodes,
		@Nullable CptCode preferredForRemainder) {

	public ServicesGiven {
		timedMinutes = Map.copyOf(timedMinutes);
		untimedCodes = Set.copyOf(untimedCodes);
		timedMinutes.forEach((cpt, minutes) -> {
			if (!cpt.isTimed() || minutes < 1) {
				throw new IllegalArgumentException(cpt + ": not a timed code with at least 1 minute");
			}
		});
		untimedCodes.stream().filter(CptCode::isTimed).findAny().ifPresent(cpt -> {
			throw new IllegalArgumentException(cpt + " is timed: give its minutes");
		});
		if (preferredForRemainder != null && !timedMinutes.containsKey(preferredForRemainder)) {
			throw new IllegalArgumentException(preferredForRemainder + " is preferred but not a timed code given");
		}
	}

	/**
	 * One date of service from its signed notes: minutes summed per code, untimed codes
	 * together, and the preference of the latest-signed note that names one.
	 * @param signedNotes the date's signed notes, earliest signed first
	 */
	public static ServicesGiven ofDate(List<ServicesGiven> signedNotes) {
		Map<CptCode, Integer> minutes = new HashMap<>();
		Set<CptCode> untimed = new HashSet<>();
		CptCode preferred = null;
		for (ServicesGiven note : signedNotes) {
			note.timedMinutes.forEach((cpt, m) -> minutes.merge(cpt, m, Integer::sum));
			untimed.addAll(note.untimedCodes);
			preferred = (note.preferredForRemainder != null) ? note.preferredForRemainder : preferred;
		}
		return new ServicesGiven(minutes, untimed, preferred);
	}

	/** Σ of the timed minutes ({@code T}); untimed codes' minutes never count. */
	public int totalTimedMinutes() {
		return this.timedMinutes.values().stream().mapToInt(Integer::intValue).sum();
	}

}
