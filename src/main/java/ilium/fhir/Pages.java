package ilium.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import ilium.shared.PageQuery;
import ilium.shared.PageView;

/**
 * A page of a list read whole (a patient's measures are few, so their searches filter and
 * page in memory), and a list read whole page by page.
 */
final class Pages {

	private Pages() {
	}

	/** Every element of a list read page by page, at the largest page size. */
	static <T> List<T> all(Function<PageQuery, PageView<T>> read) {
		List<T> all = new ArrayList<>();
		PageView<T> page;
		int number = 0;
		do {
			page = read.apply(new PageQuery(number++, PageQuery.MAX_SIZE));
			all.addAll(page.content());
		}
		while (number < page.page().totalPages());
		return all;
	}

	static <T> PageView<T> of(List<T> all, PageQuery query) {
		int from = (int) Math.min(all.size(), query.offset());
		int to = Math.min(all.size(), from + query.size());
		return PageView.of(all.subList(from, to), query, all.size());
	}

}
