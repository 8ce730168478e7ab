package ilium.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * A Medicare Part B patient's calendar year against the KX threshold (EPISODE.md R13, CMS
 * "Therapy Services"): the total starts at the PT/SLP amount allowed elsewhere
 * ({@code priorYtdAllowed}) and adds each line's allowed amount × units, dates ascending,
 * a date's lines by CPT. A line with a unit gets {@code KX} when the total after it
 * exceeds the KX threshold (equal is not above); a day ending above the targeted review
 * threshold is flagged {@code TARGETED_REVIEW_RISK}; a day with a {@code KX} line that
 * the caller says is unsupported (its certification interval holds no signed progress
 * report nor evaluation) is flagged {@code KX_WITHOUT_SUPPORT}.
 * <p>
 * Without a configuration for the year, or from the first line with a unit whose code has
 * no allowed amount, the status is {@code UNKNOWN} and no line gets {@code KX}: the total
 * is not known (and is null from that line on). A line with 0 units bills nothing, so it
 * needs no amount. The targeted review flag still holds on such a day when the total
 * known before already exceeds that threshold: amounts are never negative, so the true
 * total is higher still. {@code NOT_APPLICABLE} (another payer) is the caller's.
 *
 * @param lines every line given, in ledger order
 * @param days one per date, ascending
 * @param status the year's status after the last line
 * @param runningTotal the year's total after the last line, null when unknown
 */
public record KxLedger(List<Line> lines, List<Day> days, KxStatus status, @Nullable BigDecimal runningTotal) {

	private static final Comparator<Billed> LEDGER_ORDER = Comparator.comparing(Billed::date)
		.thenComparing(billed -> billed.cpt().code());

	public KxLedger {
		lines = List.copyOf(lines);
		days = List.copyOf(days);
	}

	/**
	 * The ledger of one patient's year.
	 * @param year the year's configuration, or null when the year has none
	 * @param priorYtdAllowed allowed elsewhere before this clinic's claims (0 when not
	 * recorded)
	 * @param billed the year's billed lines, in any order (the ledger sorts them)
	 * @param kxDaySupported whether a date with a {@code KX} line has the documentation
	 * it needs
	 */
	public static KxLedger of(@Nullable YearConfiguration year, BigDecimal priorYtdAllowed, List<Billed> billed,
			Predicate<LocalDate> kxDaySupported) {
		Tally tally = new Tally(year, YearConfiguration.money(priorYtdAllowed));
		List<Line> lines = new ArrayList<>();
		List<Day> days = new ArrayList<>();
		List<Billed> ordered = billed.stream().sorted(LEDGER_ORDER).toList();
		for (int i = 0; i < ordered.size(); i++) {
			Billed line = ordered.get(i);
			if (year != null && line.date().getYear() != year.year()) {
				throw new IllegalArgumentException(line.date() + " is not in " + year.year());
			}
			lines.add(tally.add(line));
			boolean lastOfDay = i + 1 == ordered.size() || !ordered.get(i + 1).date().equals(line.date());
			if (lastOfDay) {
				days.add(tally.endDay(line.date(), kxDaySupported));
			}
		}
		return new KxLedger(lines, days, tally.status(), tally.knownTotal());
	}

	/**
	 * One billed line of a date: the input.
	 *
	 * @param date the date of service
	 * @param cpt the code
	 * @param units its units that date, 0 or more
	 */
	public record Billed(LocalDate date, CptCode cpt, int units) {

		public Billed {
			if (units < 0) {
				throw new IllegalArgumentException(cpt + ": units below 0");
			}
		}

	}

	/**
	 * A line in the ledger.
	 *
	 * @param kx whether the line carries {@code KX}
	 * @param runningTotal the year's total after it, null when unknown
	 */
	public record Line(LocalDate date, CptCode cpt, int units, boolean kx, @Nullable BigDecimal runningTotal) {
	}

	/**
	 * A date in the ledger.
	 *
	 * @param status the year's status at the end of the date
	 * @param runningTotal the year's total at the end of the date, null when unknown
	 * @param flags {@code KX_WITHOUT_SUPPORT} and {@code TARGETED_REVIEW_RISK}, as they
	 * apply
	 */
	public record Day(LocalDate date, KxStatus status, @Nullable BigDecimal runningTotal, Set<BillingFlag> flags) {

		public Day {
			Set<BillingFlag> sorted = EnumSet.noneOf(BillingFlag.class);
			sorted.addAll(flags);
			flags = Collections.unmodifiableSet(sorted);
		}

	}

	/** The total so far, and whether it is still known. */
	private static final class Tally {

		private final @Nullable YearConfiguration year;

		private BigDecimal total;

		private boolean unknown;

		private boolean kxToday;

		Tally(@Nullable YearConfiguration year, BigDecimal prior) {
			this.year = year;
			this.total = prior;
		}

		Line add(Billed line) {
			if (line.units() >= 1 && !this.unknown) {
				BigDecimal amount = (this.year == null) ? null : this.year.allowedAmount(line.cpt()).orElse(null);
				if (amount == null) {
					this.unknown = true;
				}
				else {
					this.total = this.total.add(amount.multiply(BigDecimal.valueOf(line.units())));
				}
			}
			boolean kx = line.units() >= 1 && status() == KxStatus.OVER_THRESHOLD;
			this.kxToday |= kx;
			return new Line(line.date(), line.cpt(), line.units(), kx, knownTotal());
		}

		Day endDay(LocalDate date, Predicate<LocalDate> kxDaySupported) {
			Set<BillingFlag> flags = EnumSet.noneOf(BillingFlag.class);
			if (this.kxToday && !kxDaySupported.test(date)) {
				flags.add(BillingFlag.KX_WITHOUT_SUPPORT);
			}
			if (this.year != null && this.total.compareTo(this.year.targetedReviewThreshold()) > 0) {
				flags.add(BillingFlag.TARGETED_REVIEW_RISK);
			}
			this.kxToday = false;
			return new Day(date, status(), knownTotal(), flags);
		}

		KxStatus status() {
			if (this.year == null || this.unknown) {
				return KxStatus.UNKNOWN;
			}
			return (this.total.compareTo(this.year.kxThreshold()) > 0) ? KxStatus.OVER_THRESHOLD
					: KxStatus.BELOW_THRESHOLD;
		}

		@Nullable BigDecimal knownTotal() {
			return this.unknown ? null : this.total;
		}

	}

}
