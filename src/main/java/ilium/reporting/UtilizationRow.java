package ilium.reporting;

import java.math.BigDecimal;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One therapist's time in a period: hours of working time less time off, hours booked
 * (appointments not cancelled, no-shows included: the slot was held), hours completed,
 * and booked ÷ available (0 without available hours).
 */
@JsonPropertyOrder({ "therapistId", "name", "availableHours", "bookedHours", "completedHours", "utilization" })
public record UtilizationRow(UUID therapistId, String name, BigDecimal availableHours, BigDecimal bookedHours,
		BigDecimal completedHours, BigDecimal utilization) {
}
