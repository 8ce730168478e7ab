package ilium.reporting;

import java.util.List;

import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes report rows as CSV with one header line of the JSON field names, in the JSON
 * order (API.md), through the Jackson CSV library so quoting is right.
 */
final class CsvReport {

	private static final CsvMapper CSV = CsvMapper.builder().build();

	private CsvReport() {
	}

	static <T> String of(List<T> rows, Class<T> type) {
		CsvSchema schema = CSV.schemaFor(type).withHeader();
		return CSV.writer(schema).writeValueAsString(rows);
	}

}
