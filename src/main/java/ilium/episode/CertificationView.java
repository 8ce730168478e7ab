package ilium.episode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A certification interval as the API answers it (EPISODE.md "Data"): its bounds, what is
 * recorded now, its status as of the day asked for, and every earlier write. The recorded
 * fields are null (and {@code history} empty) while nothing is recorded.
 */
public record CertificationView(int seq, CertificationKind kind, LocalDate intervalStart, LocalDate intervalEnd,
		@Nullable CertificationMethod method, @Nullable LocalDate sentOn, @Nullable LocalDate verbalOn,
		@Nullable LocalDate signedOn, @Nullable String certifierName, @Nullable String certifierNpi,
		@Nullable String delayReason, CertificationStatus status, List<Write> history) {

	/** One write of the interval's certification, as it was recorded. */
	public record Write(CertificationMethod method, @Nullable LocalDate sentOn, @Nullable LocalDate verbalOn,
			@Nullable LocalDate signedOn, String certifierName, @Nullable String certifierNpi,
			@Nullable String delayReason, UUID writtenBy, Instant writtenAt) {
	}

}
