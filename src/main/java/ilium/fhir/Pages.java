package ilium.fhir;

import java.util.List;

import ilium.shared.PageQuery;
import ilium.shared.PageView;

/**
 * A page of a list read whole: a patient's plans or measures are few, so their searches
 * filter and page in memory.
 */
final class Pages {

	/** How many of a patient's plans a search reads at most. */
	static final PageQuery ALL_PLANS = new PageQuery(0, PageQuery.MAX_SIZE);

	private Pages() {
	}

	static <T> PageView<T> of(List<T> all, PageQuery query) {
		int from = (int) Math.min(all.size(), query.offset());
		int to = Math.min(all.size(), from + query.size());
		return PageView.of(all.subList(from, to), query, all.size());
	}

}
