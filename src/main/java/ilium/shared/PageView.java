package ilium.shared;

import java.util.List;
import java.util.function.Function;

/**
 * A page of a list as API.md shapes it:
 * {@code {"content":[...],"page":{"size","number","totalElements","totalPages"}}}.
 */
public record PageView<T>(List<T> content, PageMetadata page) {

	public static <T> PageView<T> of(List<T> content, PageQuery query, long totalElements) {
		int totalPages = (int) ((totalElements + query.size() - 1) / query.size());
		return new PageView<>(content, new PageMetadata(query.size(), query.page(), totalElements, totalPages));
	}

	public <R> PageView<R> map(Function<T, R> mapper) {
		return new PageView<>(content.stream().map(mapper).toList(), page);
	}

	/** Where this page sits in the whole list. */
	public record PageMetadata(int size, int number, long totalElements, int totalPages) {
	}

}
