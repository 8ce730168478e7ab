package ilium.billing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The short notation the unit tables use, close to EPISODE.md's worked examples. A date:
 * notes separated by {@code /}, each a list of {@code 97110=23} (timed minutes),
 * {@code 97112=20*} (also the note's {@code preferredForRemainder}) or {@code 97161}
 * (untimed). Lines: {@code 97110×2 97112×1}, by CPT.
 */
final class DayNotation {

	private DayNotation() {
	}

	static ServicesGiven date(String notes) {
		return ServicesGiven.ofDate(Arrays.stream(notes.split("/")).map(DayNotation::note).toList());
	}

	static ServicesGiven note(String services) {
		Map<CptCode, Integer> minutes = new HashMap<>();
		Set<CptCode> untimed = new HashSet<>();
		CptCode preferred = null;
		for (String service : services.trim().split("\\s+")) {
			String[] codeAndMinutes = service.replace("*", "").split("=");
			CptCode cpt = CptCode.of(codeAndMinutes[0]);
			if (codeAndMinutes.length == 2) {
				minutes.put(cpt, Integer.valueOf(codeAndMinutes[1]));
			}
			else {
				untimed.add(cpt);
			}
			preferred = service.endsWith("*") ? cpt : preferred;
		}
		return new ServicesGiven(minutes, untimed, preferred);
	}

	static String lines(UnitAllocation allocation) {
		return allocation.lines()
			.stream()
			.map(line -> line.cpt() + "×" + line.units())
			.collect(Collectors.joining(" "));
	}

	static List<String> modifiers(UnitAllocation allocation) {
		return allocation.lines().stream().map(line -> line.cpt() + ":" + line.modifiers()).toList();
	}

}
