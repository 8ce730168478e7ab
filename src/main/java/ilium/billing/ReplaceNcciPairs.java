package ilium.billing;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Replaces the clinic's NCCI pair table: the body of {@code PUT
 * /api/v1/billing-config/ncci-pairs}, {@code {"pairs":[["97140","97530"]]}}. Each pair
 * names two different billed codes, in either order, and no pair comes twice.
 */
public record ReplaceNcciPairs(@NotNull List<@NotNull @Size(min = 2, max = 2,
		message = "must be a pair of two codes") List<@NotNull String>> pairs) {
}
