package ilium.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import ilium.patients.DuplicatePatientException;
import ilium.patients.PatientRegistry;
import ilium.patients.PatientView;
import ilium.patients.RegisterPatient;
import ilium.patients.Sex;
import ilium.shared.ClinicException;

/**
 * {@code /app/patients/new}: registration through {@link PatientRegistry#register}, the
 * API's own call, so its duplicate guard and audit hold. Each refused field is named next
 * to it; a duplicate is shown with a link to the patient already registered, so the desk
 * opens that record instead.
 */
@Controller
@PreAuthorize("hasAnyRole('FRONT_DESK', 'THERAPIST', 'ADMIN')")
class RegistrationPage {

	private final PatientRegistry registry;

	private final Validator validator;

	RegistrationPage(PatientRegistry registry, Validator validator) {
		this.registry = registry;
		this.validator = validator;
	}

	@ModelAttribute("sexes")
	Sex[] sexes() {
		return Sex.values();
	}

	@GetMapping("/app/patients/new")
	String form(Model model) {
		model.addAttribute("form", PatientForm.empty());
		model.addAttribute("errors", Map.of());
		return "app/register";
	}

	@PostMapping("/app/patients/new")
	String register(@ModelAttribute("form") PatientForm form, Model model, HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		RegisterPatient command = form.command(errors);
		if (command != null) {
			validator.validate(command)
				.forEach(violation -> errors.putIfAbsent(field(violation), Sentences.of(violation)));
		}
		model.addAttribute("errors", errors);
		if (command == null || !errors.isEmpty()) {
			response.setStatus(400);
			return "app/register";
		}
		try {
			PatientView registered = registry.register(command);
			return "redirect:/app/patients/" + registered.id();
		}
		catch (DuplicatePatientException duplicate) {
			response.setStatus(409);
			model.addAttribute("duplicateFound", true);
			model.addAttribute("duplicate", property(duplicate, "existingPatientId"));
			return "app/register";
		}
		catch (ClinicException refusal) {
			if (!(property(refusal, "errors") instanceof List<?> fields)) {
				throw refusal;
			}
			fields.stream()
				.filter(ClinicException.FieldError.class::isInstance)
				.map(ClinicException.FieldError.class::cast)
				.forEach(error -> errors.put(error.field(), Sentences.of(error)));
			response.setStatus(refusal.getStatusCode().value());
			return "app/register";
		}
	}

	private static @Nullable Object property(ClinicException refusal, String name) {
		Map<String, Object> properties = refusal.getBody().getProperties();
		return properties == null ? null : properties.get(name);
	}

	private static String field(ConstraintViolation<RegisterPatient> violation) {
		return violation.getPropertyPath().toString();
	}

}
