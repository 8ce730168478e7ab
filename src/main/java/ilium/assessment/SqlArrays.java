package ilium.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * Enum lists stored as PostgreSQL {@code text[]} columns.
 */
final class SqlArrays {

	private SqlArrays() {
	}

	static String[] of(List<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).toArray(String[]::new);
	}

	static <E extends Enum<E>> List<E> read(ResultSet rs, String column, Class<E> type) throws SQLException {
		return Arrays.stream((String[]) rs.getArray(column).getArray()).map(name -> Enum.valueOf(type, name)).toList();
	}

}
