package ilium.fhir;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes HAPI resources as FHIR JSON with HAPI's own parser: nothing on the FHIR path is
 * JSON written by hand. Writes only (the API is read-only); the parser is made per
 * response, as HAPI advises (a parser is cheap, not thread-safe; the context is shared).
 */
class FhirJsonConverter extends AbstractHttpMessageConverter<IBaseResource> {

	private final FhirContext context;

	FhirJsonConverter(FhirContext context) {
		super(StandardCharsets.UTF_8, Fhir.JSON, MediaType.APPLICATION_JSON);
		this.context = context;
	}

	@Override
	protected boolean supports(Class<?> type) {
		return IBaseResource.class.isAssignableFrom(type);
	}

	@Override
	protected boolean canRead(MediaType mediaType) {
		return false;
	}

	@Override
	protected IBaseResource readInternal(Class<? extends IBaseResource> type, HttpInputMessage input) {
		throw new HttpMessageNotReadableException("The FHIR API is read-only", input);
	}

	@Override
	protected void writeInternal(IBaseResource resource, HttpOutputMessage output) throws IOException {
		Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
		context.newJsonParser().encodeResourceToWriter(resource, writer);
		writer.flush();
	}

}
