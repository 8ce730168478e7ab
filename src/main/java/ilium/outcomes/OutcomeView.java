package ilium.outcomes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One recorded outcome measure with its computed score. {@code interpretation} is the ODI
 * band (ODI only); {@code answers} are the ODI section scores or the RMDQ yes/no answers;
 * {@code activities} the PSFS activities. Fields an instrument does not have are left
 * out. {@code enteredInError} is null unless the measure was marked entered in error.
 */
public record OutcomeView(UUID id, UUID patientId, Instrument instrument, LocalDate takenOn,
		@Nullable UUID treatmentPlanId, BigDecimal score,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable OdiBand interpretation,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<?> answers,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<PsfsActivity> activities, Instant recordedAt,
		@Nullable EnteredInError enteredInError) {

	/** Whether the measure counts in summaries and reports. */
	boolean valid() {
		return enteredInError == null;
	}

	/**
	 * Why a measure no longer counts: when it was marked, by which staff account, and the
	 * reason given.
	 */
	public record EnteredInError(Instant at, UUID by, String reason) {
	}

}
