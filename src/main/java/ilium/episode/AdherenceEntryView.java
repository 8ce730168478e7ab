package ilium.episode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One adherence entry (EPISODE.md R12), with what follows from it: the sessions the dose
 * in force on {@code reportedOn} asked for ({@code timesPerDay × daysPerWeek}, as
 * recorded then), {@code rawPercent} = round half up of 100 × done ÷ expected,
 * {@code adherencePercent} = that capped at 100, its {@code band}, and {@code painFlag}
 * when {@code painDuring} reaches {@code ilium.episode.hep-pain-flag-at}. The band and
 * the flag follow the clinic's current settings at each read.
 *
 * @param recordedBy the staff account (user id) that recorded it
 */
public record AdherenceEntryView(UUID id, UUID prescriptionId, LocalDate reportedOn, int sessionsDone,
		@Nullable Integer painDuring, AdherenceSource source, @Nullable String note, int expectedSessions,
		int rawPercent, int adherencePercent, AdherenceBand band, boolean painFlag, UUID recordedBy,
		Instant recordedAt) {

}
