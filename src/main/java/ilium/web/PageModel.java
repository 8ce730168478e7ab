package ilium.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import ilium.shared.CurrentStaff;

/**
 * What every page's header shows: who is signed in (nobody on the sign-in form); and the
 * clinic's {@link Words} for codes.
 */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

	@ModelAttribute("staff")
	@Nullable CurrentStaff staff() {
		return CurrentStaff.get().orElse(null);
	}

	@ModelAttribute("words")
	Words words() {
		return Words.CLINIC;
	}

}
