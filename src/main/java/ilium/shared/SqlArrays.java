package ilium.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * Enum lists stored as PostgreSQL {@code text[]} columns, for the repositories of every
 * module that keeps one.
 */
public final class SqlArrays {

	private SqlArrays() {
	}

	/** The enum names, for a {@code text[]} parameter. */
	public static String[] of(List<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).toArray(String[]::new);
	}

	/** The column's names as enum constants, in order. */
	public static <E extends Enum<E>> List<E> read(ResultSet rs, String column, Class<E> type) throws SQLException {
		return Arrays.stream((String[]) rs.getArray(column).getArray()).map(name -> Enum.valueOf(type, name)).toList();
	}

}
