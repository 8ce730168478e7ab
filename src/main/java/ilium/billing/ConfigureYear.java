package ilium.billing;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

/**
 * Sets a year's billing configuration, replacing what it had: the body of {@code PUT
 * /api/v1/billing-config/{year}}. {@code allowedAmounts} is keyed by CPT code
 * ({@code {"97110": amount}}); a code left out has no amount that year.
 */
public record ConfigureYear(@Money BigDecimal kxThreshold, @Money BigDecimal targetedReviewThreshold,
		@NotNull Map<String, @Money BigDecimal> allowedAmounts) {
}
