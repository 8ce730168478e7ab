package ilium.charges;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ilium.billing.KxStatus;

/**
 * A patient's calendar year against the KX threshold (EPISODE.md R13, HTTP {@code GET
 * /patients/{id}/kx-ledger/{year}}): what the {@code PUT} records, the amount allowed
 * elsewhere, with the year's standing after its last Medicare billing day.
 *
 * @param priorYtdAllowed the PT/SLP amount allowed elsewhere (0 when not recorded)
 * @param runningTotal the year's total after its last Medicare billing day,
 * {@code priorYtdAllowed} when it has none; null when the total is unknown (a billed code
 * without an allowed amount, or a year without configuration)
 * @param kxStatus the last Medicare billing day's status; {@code NOT_APPLICABLE} when the
 * year has none
 */
public record KxLedgerView(UUID patientId, int year, BigDecimal priorYtdAllowed, @Nullable BigDecimal runningTotal,
		KxStatus kxStatus) {
}
