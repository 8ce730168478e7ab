package ilium.episode;

import java.util.List;

/**
 * A plan's adherence entries of {@code from..to}, oldest first, and per prescription the
 * summary as of {@code to}.
 */
public record AdherenceView(List<AdherenceEntryView> entries, List<AdherenceSummaryView> summary) {

}
