package ilium.reporting;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Visits of a period, counted by their start's clinic-local date.
 * {@code appointmentsBooked} counts every appointment whatever its status now;
 * {@code noShowRate} = no-shows ÷ (completed + no-shows), 0 when neither happened;
 * {@code newPatients} were registered in the period; {@code activePlans} were active at
 * some time in the period.
 */
@JsonPropertyOrder({ "appointmentsBooked", "completed", "cancelled", "lateCancellations", "noShows", "noShowRate",
		"newPatients", "activePlans" })
public record ClinicSummary(long appointmentsBooked, long completed, long cancelled, long lateCancellations,
		long noShows, BigDecimal noShowRate, long newPatients, long activePlans) {
}
