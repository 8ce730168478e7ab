package ilium.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import ilium.shared.PageView;

/**
 * Search and export bundles: a {@code searchset} of one page with its total and its
 * {@code self}, {@code next} and {@code previous} links (the request's own URL with
 * {@code _page} moved), each entry with its full URL.
 */
final class Bundles {

	private Bundles() {
	}

	static Bundle searchset(PageView<? extends Resource> page) {
		Bundle bundle = new Bundle().setType(BundleType.SEARCHSET);
		bundle.setTotal((int) page.page().totalElements());
		int number = page.page().number();
		bundle.addLink().setRelation("self").setUrl(pageUrl(number));
		if ((long) (number + 1) * page.page().size() < page.page().totalElements()) {
			bundle.addLink().setRelation("next").setUrl(pageUrl(number + 1));
		}
		if (number > 0) {
			bundle.addLink().setRelation("previous").setUrl(pageUrl(number - 1));
		}
		page.content().forEach(resource -> add(bundle, resource).getSearch().setMode(SearchEntryMode.MATCH));
		return bundle;
	}

	/** {@code $everything}: every resource at once, as a searchset without paging. */
	static Bundle everything(List<? extends Resource> resources) {
		Bundle bundle = new Bundle().setType(BundleType.SEARCHSET);
		bundle.setTotal(resources.size());
		bundle.addLink().setRelation("self").setUrl(ServletUriComponentsBuilder.fromCurrentRequest().toUriString());
		resources.forEach(resource -> add(bundle, resource).getSearch().setMode(SearchEntryMode.MATCH));
		return bundle;
	}

	private static Bundle.BundleEntryComponent add(Bundle bundle, Resource resource) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().path(Fhir.BASE).toUriString();
		return bundle.addEntry()
			.setFullUrl(base + "/" + resource.fhirType() + "/" + resource.getIdPart())
			.setResource(resource);
	}

	private static String pageUrl(int page) {
		return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("_page", page).toUriString();
	}

}
