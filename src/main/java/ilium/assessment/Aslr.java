package ilium.assessment;

import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.Range;

/**
 * An Active Straight Leg Raise as entered: each side scored 0..5.
 */
public record Aslr(@NotNull @Range(min = 0, max = 5) Integer left, @NotNull @Range(min = 0, max = 5) Integer right) {

	AslrView view() {
		return AslrView.of(left, right);
	}

	/**
	 * An ASLR with its total (0..10); positive when the total is 1 or more (DOMAIN.md).
	 */
	public record AslrView(int left, int right, int total, boolean positive) {

		static AslrView of(int left, int right) {
			return new AslrView(left, right, left + right, left + right >= 1);
		}

	}

}
