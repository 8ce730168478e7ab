package ilium.fhir;

import java.util.List;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import ilium.shared.ClinicException;

/**
 * Errors of the FHIR controllers as {@code OperationOutcome} with the HTTP status the
 * JSON API would give, never a stack trace. Refusals (401, 403) are written by the
 * security chain through {@link FhirRefusals}; this advice runs right after identity's,
 * which takes every {@code AccessDeniedException}.
 */
@RestControllerAdvice(basePackageClasses = FhirErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class FhirErrors {

	private static final Logger log = LoggerFactory.getLogger(FhirErrors.class);

	@ExceptionHandler(FhirRequestException.class)
	ResponseEntity<OperationOutcome> refused(FhirRequestException ex) {
		return OperationOutcomes.response(ex.status(), OperationOutcomes.of(ex.code(), ex.detail()));
	}

	@ExceptionHandler(ErrorResponseException.class)
	ResponseEntity<OperationOutcome> problem(ErrorResponseException ex) {
		HttpStatus status = HttpStatus.valueOf(ex.getStatusCode().value());
		String detail = String.valueOf(ex.getBody().getDetail());
		if (ex.getBody().getProperties() != null
				&& ex.getBody().getProperties().get("errors") instanceof List<?> errors) {
			detail = errors.stream()
				.map(error -> error instanceof ClinicException.FieldError field ? field.field() + " " + field.message()
						: String.valueOf(error))
				.collect(Collectors.joining("; "));
		}
		return OperationOutcomes.response(status, OperationOutcomes.of(status, detail));
	}

	@ExceptionHandler({ TransientDataAccessException.class, CannotGetJdbcConnectionException.class,
			CannotCreateTransactionException.class })
	ResponseEntity<OperationOutcome> unavailable(Exception ex) {
		log.warn("FHIR read failed for want of the database: {}", ex.getClass().getSimpleName());
		return OperationOutcomes.response(HttpStatus.SERVICE_UNAVAILABLE, OperationOutcomes
			.of(HttpStatus.SERVICE_UNAVAILABLE, "The service cannot reach its database; try again shortly."));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<OperationOutcome> failed(Exception ex) {
		log.error("FHIR request failed", ex);
		return OperationOutcomes.response(HttpStatus.INTERNAL_SERVER_ERROR,
				OperationOutcomes.of(HttpStatus.INTERNAL_SERVER_ERROR, "The request failed; it has been logged."));
	}

}
