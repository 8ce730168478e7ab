package ilium.reporting;

import java.util.List;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes report rows as CSV with one header line of the JSON field names, in the JSON
 * order (API.md), through the Jackson CSV library so quoting is right. A text cell a
 * spreadsheet would run as a formula (a therapist or protocol named
 * {@code =IMPORTXML(...)}) is written with a leading {@code '}, so it opens as text;
 * numbers are written as numbers (API.md, Conventions; OWASP "CSV injection").
 */
public final class CsvReport {

	private static final CsvMapper CSV = CsvMapper.builder()
		.addModule(new SimpleModule("ilium-csv-text").addSerializer(String.class, new FormulaNeutralisingText()))
		.build();

	/** What a spreadsheet reads as the start of a formula (or hides one behind). */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private CsvReport() {
	}

	/**
	 * The rows under a header of their JSON field names; a list's items joined by
	 * {@code ;}.
	 */
	public static <T> String of(List<T> rows, Class<T> type) {
		CsvSchema schema = CSV.schemaFor(type).withHeader().withArrayElementSeparator(";");
		return CSV.writer(schema).writeValueAsString(rows);
	}

	static String neutralised(String text) {
		return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

	private static final class FormulaNeutralisingText extends StdSerializer<String> {

		FormulaNeutralisingText() {
			super(String.class);
		}

		@Override
		public void serialize(String value, JsonGenerator generator, SerializationContext context) {
			generator.writeString(neutralised(value));
		}

	}

}
