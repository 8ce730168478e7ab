package ilium.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ilium.audit.AccessRefused;
import ilium.audit.AuditAction;
import ilium.audit.AuditOutcome;
import ilium.audit.AuditRecord;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.shared.ClinicException;
import ilium.shared.CurrentStaff;

/**
 * What goes wrong behind a page, said in the clinic's words on a page of its own
 * (WEB.md): the title and detail the JSON API would give as a problem, never an
 * exception's message, a class name or a stack trace. Ahead of the API's problem
 * handlers, for the pages' controllers only.
 */
@ControllerAdvice(basePackageClasses = PageFailures.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageFailures {

	private static final Logger log = LoggerFactory.getLogger(PageFailures.class);

	private final AuditTrail trail;

	PageFailures(AuditTrail trail) {
		this.trail = trail;
	}

	@ExceptionHandler(ErrorResponseException.class)
	String refused(ErrorResponseException refusal, Model model, HttpServletResponse response) {
		return page(refusal.getStatusCode(), refusal.getBody().getTitle(), detail(refusal), model, response);
	}

	/** The problem's detail, with each invalid field it names said after it. */
	private static @Nullable String detail(ErrorResponseException refusal) {
		Map<String, Object> properties = refusal.getBody().getProperties();
		if (properties == null || !(properties.get("errors") instanceof List<?> fields)) {
			return refusal.getBody().getDetail();
		}
		return fields.stream()
			.filter(ClinicException.FieldError.class::isInstance)
			.map(ClinicException.FieldError.class::cast)
			.map(error -> " " + Character.toUpperCase(error.field().charAt(0)) + error.field().substring(1) + " "
					+ error.message() + ".")
			.collect(Collectors.joining("", Objects.requireNonNullElse(refusal.getBody().getDetail(), ""), ""));
	}

	@ExceptionHandler({ TypeMismatchException.class, MissingServletRequestParameterException.class })
	String unreadable(Model model, HttpServletResponse response) {
		return page(HttpStatus.BAD_REQUEST, "Invalid request", "The page's address or form has a value it cannot read.",
				model, response);
	}

	/**
	 * A refusal by role or by ownership, recorded in the audit trail as the API's
	 * refusals are: with the record an ownership check names, else as a read or a change
	 * of a page.
	 */
	@ExceptionHandler(AccessDeniedException.class)
	String denied(AccessDeniedException denial, HttpServletRequest request, Model model, HttpServletResponse response) {
		CurrentStaff.get()
			.ifPresent(staff -> trail.record(denial instanceof AccessRefused refused
					? AuditRecord.by(staff, refused.action(), refused.resourceType(), refused.resourceId(),
							refused.patientId(), AuditOutcome.DENIED)
					: AuditRecord.by(staff, "GET".equals(request.getMethod()) ? AuditAction.READ : AuditAction.UPDATE,
							AuditResource.OTHER, null, null, AuditOutcome.DENIED)));
		String detail = denial instanceof AccessRefused refused ? refused.detail()
				: "This page is not open to your role.";
		return page(HttpStatus.FORBIDDEN, "Not for your role", detail, model, response);
	}

	@ExceptionHandler(Exception.class)
	String failed(Exception failure, Model model, HttpServletResponse response) {
		log.error("A page failed ({})", failure.getClass().getSimpleName());
		return page(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
				"The page could not be shown. Nothing was changed; try again in a moment.", model, response);
	}

	private static String page(HttpStatusCode status, @Nullable String title, @Nullable String detail, Model model,
			HttpServletResponse response) {
		response.setStatus(status.value());
		model.addAttribute("title", title);
		model.addAttribute("detail", detail);
		model.addAttribute("status", status.value());
		model.addAttribute("staff", CurrentStaff.get().orElse(null));
		return "app/problem";
	}

}
