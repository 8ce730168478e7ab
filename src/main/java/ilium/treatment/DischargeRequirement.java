package ilium.treatment;

import java.util.UUID;

/**
 * What a plan needs before it completes (EPISODE.md R11): a signed discharge summary
 * dated on or after its last treatment day. Declared here, where plans complete, and
 * implemented by the episode module that keeps the summaries, so treatment does not
 * depend on it.
 */
public interface DischargeRequirement {

	/** Throws 422 {@code discharge-summary-required} unless the plan may complete. */
	void requireSignedSummary(UUID planId);

}
