package ilium.shared;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import ilium.shared.ClinicException.FieldError;
import tools.jackson.core.JacksonException;

/**
 * Renders every error as {@code application/problem+json}. Details are written for the
 * clinic's users; exception messages, SQL and class names never leave the service (the
 * cause is logged instead).
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private static final java.net.URI ABOUT_BLANK = java.net.URI.create("about:blank");

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldError(error.getField(), String.valueOf(error.getDefaultMessage())))
			.toList();
		return validationProblem(FieldOrder.sorted(errors, ex.getParameter().getParameterType()));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getParameterValidationResults()
			.stream()
			.sorted(java.util.Comparator.comparingInt(result -> result.getMethodParameter().getParameterIndex()))
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new FieldError(parameterName(result), String.valueOf(error.getDefaultMessage()))))
			.toList();
		return validationProblem(errors);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof LimitedBodyRequest.BodyTooLargeException tooLarge) {
				return problem(RequestSizeLimitFilter.tooLarge(tooLarge.maxBytes()));
			}
		}
		Optional<FieldError> field = fieldOf(ex);
		if (field.isPresent()) {
			return validationProblem(List.of(field.get()));
		}
		return problem(Problems.of(HttpStatus.BAD_REQUEST, SharedProblems.MALFORMED_REQUEST, "Malformed request",
				"The request body is missing or is not valid JSON."));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
				: String.valueOf(ex.getPropertyName());
		String message = causedBy(ex, SupportedDates.OutOfRangeException.class) ? SupportedDates.MESSAGE
				: "has the wrong format";
		return validationProblem(List.of(new FieldError(name, message)));
	}

	/**
	 * Spring MVC's own refusals (404, 405, 406, 415...) come with {@code about:blank};
	 * give them a stable type like every other problem.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem
				&& (problem.getType() == null || ABOUT_BLANK.equals(problem.getType()))) {
			problem.setType(Problems.type(refusal(statusCode)));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	/** The slug of a refusal of Spring MVC's own, by its status. */
	private static String refusal(HttpStatusCode statusCode) {
		HttpStatus status = HttpStatus.resolve(statusCode.value());
		if (status == null) {
			return "error";
		}
		return switch (status) {
			case BAD_REQUEST -> SharedProblems.BAD_REQUEST;
			case NOT_FOUND -> SharedProblems.NOT_FOUND;
			case METHOD_NOT_ALLOWED -> SharedProblems.METHOD_NOT_ALLOWED;
			case NOT_ACCEPTABLE -> SharedProblems.NOT_ACCEPTABLE;
			case UNSUPPORTED_MEDIA_TYPE -> SharedProblems.UNSUPPORTED_MEDIA_TYPE;
			case SERVICE_UNAVAILABLE -> SharedProblems.SERVICE_UNAVAILABLE;
			// what else Spring MVC answers by itself (a 500 of ours, an upload too large)
			default -> status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
		};
	}

	@ExceptionHandler(ClinicException.class)
	ResponseEntity<Object> clinicException(ClinicException ex) {
		return ResponseEntity.status(ex.getStatusCode()).headers(ex.getHeaders()).body(ex.getBody());
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> concurrentChange(OptimisticLockingFailureException ex) {
		return problem(Problems.of(HttpStatus.CONFLICT, SharedProblems.CONCURRENT_CHANGE, "Conflict",
				"Someone else changed this at the same moment; read it again and repeat your change."));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> constraintViolated(DataIntegrityViolationException ex) {
		String state = DatabaseConstraint.sqlState(ex).orElse("");
		log.info("Write refused by the database: state {}, constraint {}", state,
				DatabaseConstraint.violatedBy(ex).orElse("?"));
		if (state.startsWith("23505") || state.startsWith("23P01")) {
			return problem(Problems.of(HttpStatus.CONFLICT, SharedProblems.CONFLICT, "Conflict",
					"This conflicts with what is already recorded."));
		}
		if (state.equals("23503")) {
			return problem(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, SharedProblems.UNKNOWN_REFERENCE,
					"Unknown reference", "The request refers to something that does not exist."));
		}
		return problem(Problems.of(HttpStatus.BAD_REQUEST, SharedProblems.VALIDATION, "Invalid request",
				"A value is out of its allowed range."));
	}

	@ExceptionHandler({ CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
			DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
			QueryTimeoutException.class, TransactionSystemException.class })
	ResponseEntity<Object> databaseUnavailable(Exception ex) {
		log.warn("Database unavailable: {}", ex.getClass().getSimpleName());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
			.body(DatabaseUnavailable.problem());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex) {
		if (ex instanceof ErrorResponse response) {
			return ResponseEntity.status(response.getStatusCode()).body(response.getBody());
		}
		if (DatabaseUnavailable.causes(ex)) {
			return databaseUnavailable(ex);
		}
		log.error("Unexpected failure", ex);
		return problem(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, SharedProblems.INTERNAL_ERROR, "Internal error",
				"Something went wrong on our side; it has been logged."));
	}

	private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	private static ResponseEntity<Object> validationProblem(List<FieldError> errors) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, SharedProblems.VALIDATION, "Invalid request",
				"The request has invalid fields.");
		problem.setProperty("errors", errors);
		return problem(problem);
	}

	private static ResponseEntity<Object> problem(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	private static String parameterName(ParameterValidationResult result) {
		String name = result.getMethodParameter().getParameterName();
		return name == null ? "parameter" : name;
	}

	/** The JSON field a malformed body failed on, when Jackson knows it. */
	private static Optional<FieldError> fieldOf(HttpMessageNotReadableException ex) {
		return ex.getCause() instanceof JacksonException jackson ? JsonInputError.of(jackson) : Optional.empty();
	}

}
