package ilium.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import ilium.patients.PatientRegistry;
import ilium.patients.PatientView;
import ilium.shared.ClinicProperties;
import ilium.treatment.HomeProgramView;
import ilium.treatment.HomePrograms;

/**
 * {@code /app/plans/{id}/handout.pdf?on=} (WEB.md): the patient's printable home-exercise
 * handout for a day. It is the API's home program of that day ({@link HomePrograms#on},
 * audited as that read) with the patient's name, laid out by a Thymeleaf template and
 * turned into a PDF by openhtmltopdf; nothing clinical beyond the program. Not kept by
 * any cache: it names a patient.
 */
@Controller
@PreAuthorize("hasRole('THERAPIST')")
class HandoutPdf {

	private final HomePrograms homePrograms;

	private final PatientRegistry patients;

	private final ITemplateEngine templates;

	private final Clock clock;

	private final ClinicProperties clinic;

	HandoutPdf(HomePrograms homePrograms, PatientRegistry patients, ITemplateEngine templates, Clock clock,
			ClinicProperties clinic) {
		this.homePrograms = homePrograms;
		this.patients = patients;
		this.templates = templates;
		this.clock = clock;
		this.clinic = clinic;
	}

	@GetMapping("/app/plans/{id}/handout.pdf")
	ResponseEntity<byte[]> handout(@PathVariable UUID id, @RequestParam(required = false) @Nullable LocalDate on) {
		HomeProgramView program = homePrograms.on(id,
				on != null ? on : LocalDate.now(clock.withZone(clinic.timeZone())));
		PatientView patient = patients.read(program.patientId());
		String html = templates.process("app/handout",
				new Context(Locale.US, Map.of("program", program, "patient", patient, "words", Words.CLINIC)));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header("Content-Disposition",
					ContentDisposition.inline().filename("home-exercises-" + program.on() + ".pdf").build().toString())
			.body(pdf(html));
	}

	private static byte[] pdf(String html) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The handout could not be laid out", ex);
		}
		return out.toByteArray();
	}

}
