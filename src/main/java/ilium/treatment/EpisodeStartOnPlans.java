package ilium.treatment;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import ilium.shared.PageView;

/**
 * Every plan answer carries its {@code episodeStartDate}, whichever endpoint gives it:
 * the one place a plan on its way out learns its D0 from {@link EpisodeStart}.
 */
@ControllerAdvice
class EpisodeStartOnPlans implements ResponseBodyAdvice<Object> {

	private final ObjectProvider<EpisodeStart> episodeStart;

	EpisodeStartOnPlans(ObjectProvider<EpisodeStart> episodeStart) {
		this.episodeStart = episodeStart;
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType,
			MediaType selectedContentType, Class<? extends HttpMessageConverter<?>> selectedConverterType,
			ServerHttpRequest request, ServerHttpResponse response) {
		if (body instanceof TreatmentPlanView plan) {
			EpisodeStart start = this.episodeStart.getIfAvailable();
			return start == null ? body : withStart(plan, start);
		}
		if (body instanceof PageView<?> page && !page.content().isEmpty()
				&& page.content().get(0) instanceof TreatmentPlanView) {
			EpisodeStart start = this.episodeStart.getIfAvailable();
			if (start == null) {
				return body;
			}
			List<TreatmentPlanView> plans = page.content()
				.stream()
				.map(TreatmentPlanView.class::cast)
				.map(plan -> withStart(plan, start))
				.toList();
			return new PageView<>(plans, page.page());
		}
		// Every other answer passes untouched, without asking the context for the bean
		// (a lookup that cost a patient read about 3% of its CPU).
		return body;
	}

	private static TreatmentPlanView withStart(TreatmentPlanView plan, EpisodeStart start) {
		return plan.withEpisodeStartDate(start.of(plan.id()).orElse(null));
	}

}
