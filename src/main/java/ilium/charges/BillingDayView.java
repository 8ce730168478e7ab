package ilium.charges;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import ilium.billing.BillingFlag;
import ilium.billing.BillingLine;
import ilium.billing.KxStatus;
import ilium.billing.Modifier;
import ilium.billing.TieBreak;
import ilium.treatment.PayerProfile;

/**
 * One patient's date of service as billed (EPISODE.md HTTP, billing days): its lines by
 * CPT (0-unit lines kept, without modifiers), what broke a tie of equal remainders, the
 * KX standing, the flags (sorted) and the signed notes it was counted from.
 */
public record BillingDayView(LocalDate date, UUID treatmentPlanId, PayerProfile payerProfile, int totalTimedMinutes,
		@Nullable Integer totalTreatmentMinutes, List<Line> lines, @Nullable TieBreak tieBrokenBy, KxStatus kxStatus,
		@Nullable BigDecimal kxRunningTotal, List<BillingFlag> flags, List<UUID> visitNoteIds) {

	/** One code of the date: its minutes (timed codes only), units and modifiers. */
	public record Line(String cpt, @Nullable Integer minutes, int units, List<Modifier> modifiers) {

		static Line of(BillingLine line, boolean kx) {
			List<Modifier> modifiers = kx ? Stream.concat(line.modifiers().stream(), Stream.of(Modifier.KX)).toList()
					: line.modifiers();
			return new Line(line.cpt().code(), line.minutes(), line.units(), modifiers);
		}

	}

}
