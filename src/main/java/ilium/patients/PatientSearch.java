package ilium.patients;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
 * <p>
 * The matches are found first ({@code offset 0} keeps the planner from walking the name
 * index and testing every patient) and then sorted, counting them in the same pass.
 */
@Component
class PatientSearch {

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern PHONE = Pattern.compile("[+0-9 ().\\-/]*[0-9][+0-9 ().\\-/]*");

	private static final String BY_NAME = """
			select *, count(*) over () as total from (
			  select * from patient where (:includeArchived or active)
			     and (search_name like (select lower(public.unaccent('public.unaccent', :pattern)))
			          or search_name like (select lower(public.unaccent('public.unaccent', :reversed))))
			  offset 0) found
			 order by last_name, first_name, id limit :limit offset :offset""";

	private static final String BY_PHONE = """
			select *, count(*) over () as total from (
			  select * from patient where (:includeArchived or active) and search_phone like :pattern offset 0) found
			 order by last_name, first_name, id limit :limit offset :offset""";

	private static final String BY_BIRTH = """
			select *, count(*) over () as total from (
			  select * from patient where (:includeArchived or active) and date_of_birth = :dateOfBirth offset 0) found
			 order by last_name, first_name, id limit :limit offset :offset""";

	private static final String ALL = """
			select *, (select count(*) from patient where :includeArchived or active) as total
			  from patient where (:includeArchived or active)
			 order by last_name, first_name, id limit :limit offset :offset""";

	private static final String BY_CRITERIA = """
			select *, count(*) over () as total from (
			  select * from patient
			   where (cast(:id as uuid) is null or id = :id)
			     and (cast(:dateOfBirth as date) is null or date_of_birth = :dateOfBirth)
			     and (cast(:pattern as text) is null
			          or search_name like (select lower(public.unaccent('public.unaccent', :pattern)))
			          or search_name like (select lower(public.unaccent('public.unaccent', :reversed))))
			  offset 0) found
			 order by last_name, first_name, id limit :limit offset :offset""";

	private final JdbcClient jdbc;

	PatientSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PageView<PatientView> find(@Nullable String q, boolean includeArchived, PageQuery page) {
		String text = q == null ? "" : q.strip();
		if (text.indexOf('\0') >= 0) {
			throw ClinicException.badRequest("q", "must not contain NUL characters");
		}
		JdbcClient.StatementSpec statement;
		if (text.isEmpty()) {
			statement = jdbc.sql(ALL);
		}
		else if (DATE.matcher(text).matches()) {
			statement = jdbc.sql(BY_BIRTH).param("dateOfBirth", date(text));
		}
		else if (PHONE.matcher(text).matches()) {
			statement = jdbc.sql(BY_PHONE).param("pattern", "%" + text.replaceAll("[^0-9]", "") + "%");
		}
		else {
			List<String> words = List.of(escaped(text).replace(',', ' ').strip().split("\\s+"));
			statement = jdbc.sql(BY_NAME)
				.param("pattern", "%" + String.join("%", words) + "%")
				.param("reversed", "%" + String.join("%", words.reversed()) + "%");
		}
		return run(statement.param("includeArchived", includeArchived), page);
	}

	PageView<PatientView> find(PatientCriteria criteria, PageQuery page) {
		String name = criteria.name();
		if (name != null && name.indexOf('\0') >= 0) {
			throw ClinicException.badRequest("name", "must not contain NUL characters");
		}
		List<String> words = name == null ? List.of() : List.of(escaped(name).replace(',', ' ').strip().split("\\s+"));
		JdbcClient.StatementSpec statement = jdbc.sql(BY_CRITERIA)
			.param("id", criteria.id(), java.sql.Types.OTHER)
			.param("dateOfBirth", criteria.birthDate(), java.sql.Types.DATE)
			.param("pattern", name == null ? null : "%" + String.join("%", words) + "%", java.sql.Types.VARCHAR)
			.param("reversed", name == null ? null : "%" + String.join("%", words.reversed()) + "%",
					java.sql.Types.VARCHAR);
		return run(statement, page);
	}

	private static PageView<PatientView> run(JdbcClient.StatementSpec statement, PageQuery page) {
		long[] total = { 0 };
		List<PatientView> content = new ArrayList<>(
				statement.param("limit", page.size()).param("offset", page.offset()).query((rs, row) -> {
					total[0] = rs.getLong("total");
					return PatientRepository.view(rs, row);
				}).list());
		if (content.isEmpty() && page.page() > 0) {
			// Past the last page: the window count had no row to ride on; ask for the
			// first row.
			long all = statement.param("limit", 1)
				.param("offset", 0)
				.query((rs, row) -> rs.getLong("total"))
				.optional()
				.orElse(0L);
			return PageView.of(content, page, all);
		}
		return PageView.of(content, page, total[0]);
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
