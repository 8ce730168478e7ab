package ilium.shared;

/**
 * A page of a list as clients ask for it: {@code ?page=0&size=20}, size 1..200.
 */
public record PageQuery(int page, int size) {

	public static final int MAX_SIZE = 200;

	public PageQuery {
		if (page < 0) {
			throw ClinicException.badRequest("page", "must be greater than or equal to 0");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw ClinicException.badRequest("size", "must be between 1 and " + MAX_SIZE);
		}
	}

	public static PageQuery of(Integer page, Integer size) {
		return new PageQuery(page == null ? 0 : page, size == null ? 20 : size);
	}

	public long offset() {
		return (long) page * size;
	}

}
