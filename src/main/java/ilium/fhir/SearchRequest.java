package ilium.fhir;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

import ilium.shared.PageQuery;

/**
 * The parameters of one FHIR search, checked before anything is read: a parameter this
 * server does not support (or a modifier, or a second value where one is allowed) is 400,
 * never silently ignored, since a client would take the unfiltered answer for a filtered
 * one. Paging is {@code _count} (1..200, default 20) and {@code _page} (from 0).
 */
final class SearchRequest {

	private static final Set<String> COMMON = Set.of("_count", "_page", "_format");

	private final Map<String, String[]> parameters;

	private SearchRequest(Map<String, String[]> parameters) {
		this.parameters = parameters;
	}

	/** The request's parameters, each a name of {@code supported} or a paging one. */
	static SearchRequest of(Map<String, String[]> parameters, Set<String> supported) {
		for (String name : parameters.keySet()) {
			if (!supported.contains(name) && !COMMON.contains(name)) {
				throw FhirRequestException.of(HttpStatus.BAD_REQUEST, IssueType.INVALID,
						"A search parameter is not supported here; supported: "
								+ String.join(", ", supported.stream().sorted().toList()) + ", _count, _page.");
			}
			if (!name.equals("date") && parameters.get(name).length > 1) {
				throw FhirRequestException.badParameter(name, "give it once");
			}
		}
		return new SearchRequest(parameters);
	}

	PageQuery page() {
		int count = number("_count", 20);
		if (count < 1 || count > PageQuery.MAX_SIZE) {
			throw FhirRequestException.badParameter("_count", "must be between 1 and " + PageQuery.MAX_SIZE);
		}
		int page = number("_page", 0);
		if (page < 0) {
			throw FhirRequestException.badParameter("_page", "must be 0 or more");
		}
		return new PageQuery(page, count);
	}

	Optional<String> value(String name) {
		String[] values = parameters.get(name);
		if (values == null || values[0].isBlank()) {
			return Optional.empty();
		}
		return Optional.of(values[0].strip());
	}

	/** A reference parameter: {@code Type/id} or the bare id, a UUID. */
	Optional<UUID> reference(String name, String type) {
		return value(name).map(value -> {
			String id = value.startsWith(type + "/") ? value.substring(type.length() + 1) : value;
			return FhirIds.uuid(id).orElseThrow(() -> FhirRequestException.badParameter(name, "names no " + type));
		});
	}

	/**
	 * A token parameter {@code [system|]code}: the code, when the system is absent or
	 * {@code expectedSystem}; 400 for another system.
	 */
	Optional<String> token(String name, String... systems) {
		return value(name).map(value -> {
			int bar = value.indexOf('|');
			if (bar < 0) {
				return value;
			}
			String system = value.substring(0, bar);
			if (!system.isEmpty() && !Set.of(systems).contains(system)) {
				throw FhirRequestException.badParameter(name, "its code system is not one this server codes");
			}
			return value.substring(bar + 1);
		});
	}

	/**
	 * The days a {@code date} parameter allows, repeated values intersected: prefixes
	 * {@code eq} (default), {@code ge}, {@code gt}, {@code le}, {@code lt}; values a
	 * year, a month or a day.
	 */
	DateBounds dates(String name) {
		String[] values = parameters.get(name);
		DateBounds bounds = DateBounds.ALL;
		if (values == null) {
			return bounds;
		}
		for (String value : values) {
			bounds = bounds.and(bound(name, value.strip()));
		}
		return bounds;
	}

	private static DateBounds bound(String name, String value) {
		String prefix = value.length() > 2 && Character.isLetter(value.charAt(0)) ? value.substring(0, 2) : "eq";
		String date = prefix.equals("eq") && !value.startsWith("eq") ? value : value.substring(2);
		LocalDate start;
		LocalDate end;
		try {
			switch (date.length()) {
				case 4 -> {
					start = Year.parse(date).atDay(1);
					end = start.plusYears(1);
				}
				case 7 -> {
					start = YearMonth.parse(date).atDay(1);
					end = start.plusMonths(1);
				}
				case 10 -> {
					start = LocalDate.parse(date);
					end = start.plusDays(1);
				}
				default -> throw FhirRequestException.badParameter(name, "must be a date: YYYY, YYYY-MM or YYYY-MM-DD");
			}
		}
		catch (DateTimeParseException ex) {
			throw FhirRequestException.badParameter(name, "must be a date: YYYY, YYYY-MM or YYYY-MM-DD");
		}
		return switch (prefix) {
			case "eq" -> new DateBounds(start, end);
			case "ge" -> new DateBounds(start, null);
			case "gt" -> new DateBounds(end, null);
			case "le" -> new DateBounds(null, end);
			case "lt" -> new DateBounds(null, start);
			default ->
				throw FhirRequestException.badParameter(name, "only the prefixes eq, ge, gt, le and lt are supported");
		};
	}

	private int number(String name, int fallback) {
		Optional<String> value = value(name);
		try {
			return value.map(Integer::parseInt).orElse(fallback);
		}
		catch (NumberFormatException ex) {
			throw FhirRequestException.badParameter(name, "must be a whole number");
		}
	}

	/** Days from {@code from} (inclusive) to {@code to} (exclusive); null is open. */
	record DateBounds(@Nullable LocalDate from, @Nullable LocalDate to) {

		static final DateBounds ALL = new DateBounds(null, null);

		DateBounds and(DateBounds other) {
			LocalDate later = from == null ? other.from
					: other.from == null || from.isAfter(other.from) ? from : other.from;
			LocalDate earlier = to == null ? other.to : other.to == null || to.isBefore(other.to) ? to : other.to;
			return new DateBounds(later, earlier);
		}

		boolean contains(LocalDate day) {
			return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
		}

	}

}
