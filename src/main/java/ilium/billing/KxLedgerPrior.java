package ilium.billing;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A patient's year as recorded for the KX ledger: the amount allowed elsewhere
 * (EPISODE.md R13).
 */
public record KxLedgerPrior(UUID patientId, int year, BigDecimal priorYtdAllowed) {
}
