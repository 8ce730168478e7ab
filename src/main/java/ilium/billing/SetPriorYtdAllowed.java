package ilium.billing;

import java.math.BigDecimal;

/**
 * Records what Medicare allowed a patient for PT/SLP elsewhere in a year, from the MAC
 * eligibility check: the body of {@code PUT /api/v1/patients/{id}/kx-ledger/{year}}.
 */
public record SetPriorYtdAllowed(@Money BigDecimal priorYtdAllowed) {
}
