package ilium.charges;

import java.util.List;
import java.util.UUID;

import ilium.billing.CptCode;
import ilium.visits.BillableNote;

/**
 * Who renders a charge line (EPISODE.md HTTP, charges report): the author of the date's
 * note with the most minutes of the line's code; of notes with equally many, the first
 * signed. An untimed code counts no minutes, so the first signed note carrying it renders
 * it.
 */
final class RenderingTherapist {

	private RenderingTherapist() {
	}

	/**
	 * @param notes the date's signed notes, earliest signed first
	 * @param cpt a code one of them gives
	 */
	static UUID of(List<BillableNote> notes, CptCode cpt) {
		BillableNote rendering = null;
		int most = -1;
		for (BillableNote note : notes) {
			int minutes = minutesOf(note, cpt);
			if (minutes > most) {
				rendering = note;
				most = minutes;
			}
		}
		if (rendering == null) {
			throw new IllegalArgumentException("no note gives " + cpt.code());
		}
		return rendering.therapistId();
	}

	/**
	 * The note's minutes of the code: 0 for an untimed code it gives, -1 when it has
	 * none.
	 */
	private static int minutesOf(BillableNote note, CptCode cpt) {
		if (note.services().untimedCodes().contains(cpt)) {
			return 0;
		}
		return note.services().timedMinutes().getOrDefault(cpt, -1);
	}

}
