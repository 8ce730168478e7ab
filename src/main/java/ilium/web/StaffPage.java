package ilium.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ilium.identity.ChangeUser;
import ilium.identity.CreateUser;
import ilium.identity.IdentityProblems;
import ilium.identity.StaffDirectory;
import ilium.identity.UserView;
import ilium.shared.ClinicException;
import ilium.shared.PageQuery;
import ilium.shared.Problems;
import ilium.shared.Role;
import ilium.shared.SharedProblems;
import ilium.therapists.TherapistRoster;

/**
 * {@code /app/admin/staff}: the staff accounts, opened, deactivated, unlocked and given a
 * new password through {@link StaffDirectory}, the API's own calls, so the password
 * policy, one active account per therapist and the audit lines hold. A refusal is said
 * next to the field it concerns: the new account's, or the account's own row.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class StaffPage {

	private static final PageQuery ALL = new PageQuery(0, PageQuery.MAX_SIZE);

	private static final int PAGE_SIZE = 50;

	/** The problem types that concern one field of the form, by their type. */
	private static final Map<String, String> FIELD_OF_PROBLEM = Map.of(
			Problems.BASE + IdentityProblems.DUPLICATE_USERNAME, "username",
			Problems.BASE + IdentityProblems.THERAPIST_HAS_ACCOUNT, "therapistId",
			Problems.BASE + SharedProblems.UNKNOWN_THERAPIST, "therapistId");

	private final StaffDirectory directory;

	private final TherapistRoster roster;

	private final Validator validator;

	StaffPage(StaffDirectory directory, TherapistRoster roster, Validator validator) {
		this.directory = directory;
		this.roster = roster;
		this.validator = validator;
	}

	@GetMapping("/app/admin/staff")
	String accounts(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", page);
		return show(StaffForm.empty(), Map.of(), model);
	}

	@PostMapping("/app/admin/staff")
	String open(@ModelAttribute StaffForm form, Model model, RedirectAttributes done, HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		CreateUser command = form.command(errors);
		if (command != null) {
			validator.validate(command)
				.forEach(violation -> errors.putIfAbsent(violation.getPropertyPath().toString(),
						Sentences.of(violation)));
		}
		if (command == null || !errors.isEmpty()) {
			response.setStatus(400);
			return show(form, errors, model);
		}
		try {
			UserView opened = directory.open(command);
			done.addFlashAttribute("done", "The account " + opened.username() + " is open.");
			return "redirect:/app/admin/staff";
		}
		catch (ClinicException refusal) {
			response.setStatus(refusal.getStatusCode().value());
			return show(form, fieldsOf(refusal, "username"), model);
		}
	}

	@PostMapping("/app/admin/staff/{id}/deactivate")
	String deactivate(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model,
			RedirectAttributes done, HttpServletResponse response) {
		return change(new Row(id, page), new ChangeUser(false, null, null, null), "is deactivated", model, done,
				response);
	}

	@PostMapping("/app/admin/staff/{id}/activate")
	String activate(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model,
			RedirectAttributes done, HttpServletResponse response) {
		return change(new Row(id, page), new ChangeUser(true, null, null, null), "is active again", model, done,
				response);
	}

	@PostMapping("/app/admin/staff/{id}/unlock")
	String unlock(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model,
			RedirectAttributes done, HttpServletResponse response) {
		return change(new Row(id, page), new ChangeUser(null, null, null, true), "may sign in again at once", model,
				done, response);
	}

	@PostMapping("/app/admin/staff/{id}/password")
	String resetPassword(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "") String password, Model model, RedirectAttributes done,
			HttpServletResponse response) {
		return change(new Row(id, page), new ChangeUser(null, null, password, null), "has a new password", model, done,
				response);
	}

	private String change(Row row, ChangeUser change, String outcome, Model model, RedirectAttributes done,
			HttpServletResponse response) {
		// ChangeUser's own rules, which the API checks before the directory's.
		String invalid = validator.validate(change).stream().map(Sentences::of).findFirst().orElse(null);
		if (invalid != null) {
			return refused(row, 400, "Password: " + invalid, model, response);
		}
		try {
			done.addFlashAttribute("done",
					"The account " + directory.change(row.accountId(), change).username() + " " + outcome + ".");
			return "redirect:/app/admin/staff?page=" + row.page();
		}
		catch (ClinicException refusal) {
			return refused(row, refusal.getStatusCode().value(),
					String.join(" ", fieldsOf(refusal, "account").values()), model, response);
		}
	}

	private String refused(Row row, int status, String message, Model model, HttpServletResponse response) {
		response.setStatus(status);
		model.addAttribute("page", row.page());
		model.addAttribute("refusal", new Refusal(row.accountId(), message));
		return show(StaffForm.empty(), Map.of(), model);
	}

	private String show(StaffForm form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		int page = model.getAttribute("page") instanceof Integer number ? number : 0;
		model.addAttribute("accounts", directory.list(new PageQuery(page, PAGE_SIZE)));
		model.addAttribute("therapists", roster.list(ALL).content());
		model.addAttribute("roles", Role.values());
		return "app/staff";
	}

	/**
	 * The refusal's words by the field they concern: its invalid fields, or the field its
	 * type concerns, or else {@code otherwise}.
	 */
	private static Map<String, String> fieldsOf(ClinicException refusal, String otherwise) {
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, Object> properties = refusal.getBody().getProperties();
		if (properties != null && properties.get("errors") instanceof List<?> fields) {
			fields.stream()
				.filter(ClinicException.FieldError.class::isInstance)
				.map(ClinicException.FieldError.class::cast)
				.forEach(error -> errors.put(error.field(), Sentences.of(error)));
		}
		if (errors.isEmpty()) {
			String type = String.valueOf(refusal.getBody().getType());
			errors.put(FIELD_OF_PROBLEM.getOrDefault(type, otherwise), refusal.getBody().getDetail());
		}
		return errors;
	}

	/** The account a row's form changes, and the page of the list it is on. */
	record Row(UUID accountId, int page) {
	}

	/** Why a change of one account was refused, said at its row. */
	record Refusal(UUID accountId, String message) {
	}

	/**
	 * The new-account form as typed; {@link #command} reads what a browser sends as text.
	 */
	record StaffForm(@Nullable String username, @Nullable String password, @Nullable String role,
			@Nullable String therapistId) {

		static StaffForm empty() {
			return new StaffForm(null, null, null, null);
		}

		@Nullable CreateUser command(Map<String, String> errors) {
			Role chosen = null;
			try {
				chosen = role == null || role.isBlank() ? null : Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.put("role", "Choose one from the list.");
			}
			UUID therapist = null;
			try {
				therapist = therapistId == null || therapistId.isBlank() ? null : UUID.fromString(therapistId.strip());
			}
			catch (IllegalArgumentException ex) {
				errors.put("therapistId", "Choose one from the list.");
			}
			return errors.isEmpty() ? new CreateUser(username, password, chosen, therapist) : null;
		}

	}

}
