package ilium.shared;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Date query and path parameters ({@code from}, {@code to}, {@code on}, ...) are
 * {@code YYYY-MM-DD} (API.md) in the supported years ({@link SupportedDates}); anything
 * else is a 400 naming the parameter. Registered after Spring's own date formatters, so
 * it is the one used, {@code @DateTimeFormat(iso = DATE)} parameters included.
 */
@Configuration(proxyBeanMethods = false)
class DateParameterConfiguration implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(LocalDate.class, new SupportedLocalDates());
	}

	static final class SupportedLocalDates implements Formatter<LocalDate> {

		@Override
		public LocalDate parse(String text, Locale locale) throws ParseException {
			LocalDate date;
			try {
				date = LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				throw new ParseException("Not an ISO date", ex.getErrorIndex());
			}
			if (!SupportedDates.contain(date)) {
				throw new SupportedDates.OutOfRangeException();
			}
			return date;
		}

		@Override
		public String print(LocalDate date, Locale locale) {
			return date.toString();
		}

	}

}
