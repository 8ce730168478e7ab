package ilium.episode;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One certification interval and what is recorded of it (EPISODE.md R8), with the rule
 * that computes its status. {@code recorded} is null for interval 1 before anything is
 * recorded. Pure: no clock, no database.
 *
 * @param seq 1 for the initial certification
 * @param start the first day the interval covers
 * @param end its last day
 */
record CertificationInterval(int seq, LocalDate start, LocalDate end, @Nullable Recorded recorded) {

	/** Days a verbal order leaves for the signature. */
	static final int DAYS_TO_SIGN_A_VERBAL_ORDER = 14;

	/** Days from D0 to the initial certification's deadline. */
	static final int DAYS_TO_CERTIFY = 30;

	/** The days an interval covers at most, counting its first. */
	static final int MAX_DAYS = 90;

	/**
	 * Interval 1 of an episode starting on {@code d0}: 90 days counting D0, or to the
	 * plan's end when that comes first.
	 */
	static CertificationInterval first(LocalDate d0, LocalDate planEndDate) {
		return new CertificationInterval(1, d0, earlier(planEndDate, d0.plusDays(MAX_DAYS - 1)), null);
	}

	/** The interval after this one, up to the plan's end. */
	CertificationInterval next(LocalDate planEndDate) {
		LocalDate nextStart = end.plusDays(1);
		return new CertificationInterval(seq + 1, nextStart, earlier(planEndDate, nextStart.plusDays(MAX_DAYS - 1)),
				null);
	}

	/** Whether its bounds make an interval (it starts on or before the plan's end). */
	boolean withinPlan() {
		return !end.isBefore(start);
	}

	CertificationKind kind() {
		return CertificationKind.of(seq);
	}

	/**
	 * The deadline of the first date the method needs: D0 + 30 for the initial
	 * certification, the previous interval's end for a recertification.
	 */
	LocalDate deadline(LocalDate d0) {
		return seq == 1 ? d0.plusDays(DAYS_TO_CERTIFY) : start.minusDays(1);
	}

	/**
	 * The status as of {@code on}: dates recorded as after {@code on} count as not yet
	 * recorded.
	 */
	CertificationStatus status(LocalDate d0, LocalDate on) {
		Recorded asOf = (recorded == null) ? null : recorded.asOf(on);
		if (asOf == null) {
			return on.isAfter(deadline(d0)) ? CertificationStatus.DELAYED : CertificationStatus.NOT_SENT;
		}
		if (asOf.inTime(deadline(d0))) {
			return CertificationStatus.CERTIFIED;
		}
		if (asOf.signedOn() != null && asOf.delayReason() != null) {
			return CertificationStatus.CERTIFIED_DELAYED;
		}
		if (missedDeadline(d0, on).isPresent()) {
			return CertificationStatus.DELAYED;
		}
		if (asOf.verbalOn() != null) {
			return CertificationStatus.VERBAL_AWAITING_SIGNATURE;
		}
		return asOf.sentOn() != null ? CertificationStatus.SENT_AWAITING : CertificationStatus.NOT_SENT;
	}

	/**
	 * The first deadline missed as of {@code on}: a needed date recorded after it, or
	 * still unrecorded with {@code on} past it (the worklist's CERTIFICATION_DELAYED
	 * date).
	 */
	Optional<LocalDate> missedDeadline(LocalDate d0, LocalDate on) {
		Recorded asOf = (recorded == null) ? null : recorded.asOf(on);
		LocalDate deadline = deadline(d0);
		if (asOf == null) {
			return missed(null, deadline, on);
		}
		return switch (asOf.method()) {
			case SIGNED -> missed(asOf.signedOn(), deadline, on);
			case REFERRAL_EXCEPTION_2025 -> missed(asOf.sentOn(), deadline, on);
			case VERBAL_THEN_SIGNED ->
				missed(asOf.verbalOn(), deadline, on).or(() -> asOf.verbalOn() == null ? Optional.empty()
						: missed(asOf.signedOn(), asOf.verbalOn().plusDays(DAYS_TO_SIGN_A_VERBAL_ORDER), on));
		};
	}

	/** Whether {@code date} lies in this interval. */
	boolean covers(LocalDate date) {
		return !date.isBefore(start) && !date.isAfter(end);
	}

	private static Optional<LocalDate> missed(@Nullable LocalDate date, LocalDate deadline, LocalDate on) {
		boolean late = (date == null) ? on.isAfter(deadline) : date.isAfter(deadline);
		return late ? Optional.of(deadline) : Optional.empty();
	}

	private static LocalDate earlier(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	/** What the latest write recorded. */
	record Recorded(CertificationMethod method, @Nullable LocalDate sentOn, @Nullable LocalDate verbalOn,
			@Nullable LocalDate signedOn, @Nullable String delayReason) {

		/** The dates known on {@code on}. */
		Recorded asOf(LocalDate on) {
			return new Recorded(method, known(sentOn, on), known(verbalOn, on), known(signedOn, on), delayReason);
		}

		/** Whether each date the method needs is recorded and in time. */
		boolean inTime(LocalDate deadline) {
			return switch (method) {
				case SIGNED -> onOrBefore(signedOn, deadline);
				case REFERRAL_EXCEPTION_2025 -> onOrBefore(sentOn, deadline);
				case VERBAL_THEN_SIGNED -> onOrBefore(verbalOn, deadline) && verbalOn != null
						&& onOrBefore(signedOn, verbalOn.plusDays(DAYS_TO_SIGN_A_VERBAL_ORDER));
			};
		}

		private static boolean onOrBefore(@Nullable LocalDate date, LocalDate deadline) {
			return date != null && !date.isAfter(deadline);
		}

		private static @Nullable LocalDate known(@Nullable LocalDate date, LocalDate on) {
			return (date == null || date.isAfter(on)) ? null : date;
		}

	}

}
