package ilium.patients;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ilium.shared.ClinicException;
import ilium.shared.PageQuery;
import ilium.shared.PageView;

/**
 * Finds patients by what the desk types: a date of birth ({@code 1980-04-02}), a phone
 * number (digits with the usual punctuation, matched on digits only) or any part of a
 * name (accents and case ignored; several words match in the order typed or reversed, so
 * "Nunez Jose" finds José Núñez). Each form has its own fixed SQL served by its own index
 * (V10).
 */
@Component
class PatientSearch {

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern PHONE = Pattern.compile("[+0-9 ().\\-/]*[0-9][+0-9 ().\\-/]*");

	private static final String ORDER = " order by last_name, first_name, id limit :limit offset :offset";

	private static final String BY_NAME = """
			from patient where (:includeArchived or active)
			 and (patient_search_name(first_name, last_name) like lower(public.unaccent('public.unaccent', :pattern))
			      or patient_search_name(first_name, last_name) like lower(public.unaccent('public.unaccent', :reversed)))""";

	private static final String BY_PHONE = """
			from patient where (:includeArchived or active) and patient_search_phone(phone) like :pattern""";

	private static final String BY_BIRTH = """
			from patient where (:includeArchived or active) and date_of_birth = :dateOfBirth""";

	private static final String ALL = "from patient where (:includeArchived or active)";

	private final JdbcClient jdbc;

	PatientSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PageView<PatientView> find(@Nullable String q, boolean includeArchived, PageQuery page) {
		String text = q == null ? "" : q.strip();
		if (text.isEmpty()) {
			return run(ALL, includeArchived, page, null, null, null);
		}
		if (DATE.matcher(text).matches()) {
			return run(BY_BIRTH, includeArchived, page, null, null, date(text));
		}
		if (PHONE.matcher(text).matches()) {
			return run(BY_PHONE, includeArchived, page, "%" + text.replaceAll("[^0-9]", "") + "%", null, null);
		}
		List<String> words = List.of(escaped(text).replace(',', ' ').strip().split("\\s+"));
		return run(BY_NAME, includeArchived, page, "%" + String.join("%", words) + "%",
				"%" + String.join("%", words.reversed()) + "%", null);
	}

	private PageView<PatientView> run(String where, boolean includeArchived, PageQuery page, @Nullable String pattern,
			@Nullable String reversed, @Nullable LocalDate dateOfBirth) {
		List<PatientView> content = bind(jdbc.sql("select " + PatientRepository.COLUMNS + " " + where + ORDER),
				includeArchived, pattern, reversed, dateOfBirth)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(PatientRepository::view)
			.list();
		boolean lastPage = content.size() < page.size() && (!content.isEmpty() || page.page() == 0);
		long total = lastPage ? page.offset() + content.size()
				: bind(jdbc.sql("select count(*) " + where), includeArchived, pattern, reversed, dateOfBirth)
					.query(Long.class)
					.single();
		return PageView.of(content, page, total);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, boolean includeArchived,
			@Nullable String pattern, @Nullable String reversed, @Nullable LocalDate dateOfBirth) {
		statement = statement.param("includeArchived", includeArchived);
		if (pattern != null) {
			statement = statement.param("pattern", pattern);
		}
		if (reversed != null) {
			statement = statement.param("reversed", reversed);
		}
		if (dateOfBirth != null) {
			statement = statement.param("dateOfBirth", dateOfBirth);
		}
		return statement;
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw ClinicException.badRequest("q", "is not a valid date");
		}
	}

	/**
	 * LIKE treats {@code %}, {@code _} and {@code \} specially; a search for them means
	 * them.
	 */
	private static String escaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
