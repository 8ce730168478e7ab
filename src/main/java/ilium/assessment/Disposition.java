package ilium.assessment;

import java.util.Collection;
import java.util.Comparator;

/**
 * What a screening means for treatment, from least to most severe.
 */
public enum Disposition {

	CLEAR_TO_TREAT, REFER_TO_PHYSICIAN, URGENT_REFERRAL;

	/**
	 * DOMAIN.md: the most severe disposition of the flags raised; none → clear to treat.
	 */
	static Disposition of(Collection<RedFlag> flags) {
		return flags.stream().map(RedFlag::disposition).max(Comparator.naturalOrder()).orElse(CLEAR_TO_TREAT);
	}

}
