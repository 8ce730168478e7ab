package ilium.web;

import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import ilium.shared.ClinicProperties;
import ilium.shared.CurrentStaff;

/**
 * What every page's header shows: who is signed in (nobody on the sign-in form); the
 * clinic's {@link Words} for codes and its time zone.
 */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

	private final ClinicProperties clinic;

	PageModel(ClinicProperties clinic) {
		this.clinic = clinic;
	}

	@ModelAttribute("staff")
	@Nullable CurrentStaff staff() {
		return CurrentStaff.get().orElse(null);
	}

	/** The clinic's time zone: every time a page shows is clinic-local. */
	@ModelAttribute("zone")
	ZoneId zone() {
		return clinic.timeZone();
	}

	@ModelAttribute("words")
	Words words() {
		return Words.CLINIC;
	}

}
