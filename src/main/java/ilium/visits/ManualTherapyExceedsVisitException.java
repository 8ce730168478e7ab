package ilium.visits;

import java.util.Map;

import org.springframework.http.HttpStatus;

import ilium.shared.ClinicException;

/**
 * 422: the manual therapy minutes of one note add up to more than the appointment lasts
 * (DOMAIN.md); {@code totalMinutes} and {@code visitMinutes} name both.
 */
public final class ManualTherapyExceedsVisitException extends ClinicException {

	private ManualTherapyExceedsVisitException(String detail, Map<String, Object> properties) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, VisitsProblems.MANUAL_THERAPY_EXCEEDS_VISIT, "Rule violated", detail,
				properties);
	}

	public static ManualTherapyExceedsVisitException of(int totalMinutes, int visitMinutes) {
		return new ManualTherapyExceedsVisitException("The manual therapy adds up to " + totalMinutes
				+ " minutes, but the visit lasts " + visitMinutes + " minutes.",
				Map.of("totalMinutes", totalMinutes, "visitMinutes", visitMinutes));
	}

	/**
	 * PostgreSQL refused the write; the totals were checked just before, so the figures
	 * are no longer known here.
	 */
	static ManualTherapyExceedsVisitException refusedByDatabase() {
		return new ManualTherapyExceedsVisitException(
				"The manual therapy adds up to more minutes than the visit lasts.", Map.of());
	}

}
