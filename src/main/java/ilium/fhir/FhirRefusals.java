package ilium.fhir;

import java.io.IOException;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import ilium.shared.RefusalFormat;

/**
 * 401 and 403 on the FHIR path as {@code OperationOutcome}: the security chain refuses
 * before any controller runs, so it writes them through this format.
 */
@Component
class FhirRefusals implements RefusalFormat {

	private final FhirContext context;

	FhirRefusals(FhirContext context) {
		this.context = context;
	}

	@Override
	public boolean covers(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + Fhir.BASE + "/");
	}

	@Override
	public void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(Fhir.JSON_VALUE + ";charset=UTF-8");
		response.getWriter()
			.write(context.newJsonParser().encodeResourceToString(OperationOutcomes.of(status, detail)));
		response.getWriter().flush();
	}

}
