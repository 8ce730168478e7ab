package ilium.episode;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ilium.episode.CertificationInterval.Recorded;

import static ilium.episode.CertificationMethod.REFERRAL_EXCEPTION_2025;
import static ilium.episode.CertificationMethod.SIGNED;
import static ilium.episode.CertificationMethod.VERBAL_THEN_SIGNED;
import static ilium.episode.CertificationStatus.CERTIFIED;
import static ilium.episode.CertificationStatus.CERTIFIED_DELAYED;
import static ilium.episode.CertificationStatus.DELAYED;
import static ilium.episode.CertificationStatus.NOT_SENT;
import static ilium.episode.CertificationStatus.SENT_AWAITING;
import static ilium.episode.CertificationStatus.VERBAL_AWAITING_SIGNATURE;
import static org.assertj.core.api.Assertions.assertThat;

/** R8's bounds, deadlines and statuses, day by day at their edges. */
class CertificationIntervalTests {

	static final LocalDate D0 = LocalDate.of(2027, 1, 4);

	static final LocalDate DAY_30 = LocalDate.of(2027, 2, 3);

	static final LocalDate LONG_AFTER = LocalDate.of(2028, 1, 1);

	@Test
	void theFirstIntervalCoversNinetyDaysCountingDayZeroOrUpToThePlansEnd() {
		CertificationInterval long20Weeks = CertificationInterval.first(D0, LocalDate.of(2027, 5, 23));
		assertThat(long20Weeks.end()).isEqualTo(LocalDate.of(2027, 4, 3));
		CertificationInterval next = long20Weeks.next(LocalDate.of(2027, 5, 23));
		assertThat(next.start()).isEqualTo(LocalDate.of(2027, 4, 4));
		assertThat(next.end()).isEqualTo(LocalDate.of(2027, 5, 23));
		assertThat(next.next(LocalDate.of(2027, 5, 23)).withinPlan()).isFalse();
		assertThat(CertificationInterval.first(D0, LocalDate.of(2027, 2, 14)).end())
			.isEqualTo(LocalDate.of(2027, 2, 14));
	}

	@Test
	void aSignatureOnDayThirtyCertifiesAndOnDayThirtyOneIsLate() {
		assertThat(status(first(SIGNED, null, null, DAY_30, null), LONG_AFTER)).isEqualTo(CERTIFIED);
		assertThat(status(first(SIGNED, null, null, DAY_30.plusDays(1), null), LONG_AFTER)).isEqualTo(DELAYED);
		assertThat(status(first(SIGNED, null, null, DAY_30.plusDays(1), "On leave"), LONG_AFTER))
			.isEqualTo(CERTIFIED_DELAYED);
	}

	@Test
	void nothingRecordedIsNotSentUntilTheDeadlinePasses() {
		CertificationInterval nothing = CertificationInterval.first(D0, LONG_AFTER);
		assertThat(nothing.status(D0, DAY_30)).isEqualTo(NOT_SENT);
		assertThat(nothing.status(D0, DAY_30.plusDays(1))).isEqualTo(DELAYED);
		assertThat(nothing.missedDeadline(D0, DAY_30.plusDays(1))).contains(DAY_30);
	}

	@Test
	void aVerbalOrderNeedsItsSignatureWithinFourteenDays() {
		LocalDate verbal = LocalDate.of(2027, 1, 20);
		CertificationInterval awaiting = first(VERBAL_THEN_SIGNED, null, verbal, null, null);
		assertThat(status(awaiting, verbal.plusDays(14))).isEqualTo(VERBAL_AWAITING_SIGNATURE);
		assertThat(status(awaiting, verbal.plusDays(15))).isEqualTo(DELAYED);
		assertThat(awaiting.missedDeadline(D0, verbal.plusDays(15))).contains(verbal.plusDays(14));
		assertThat(status(first(VERBAL_THEN_SIGNED, null, verbal, verbal.plusDays(14), null), LONG_AFTER))
			.isEqualTo(CERTIFIED);
		assertThat(status(first(VERBAL_THEN_SIGNED, null, DAY_30.plusDays(1), DAY_30.plusDays(2), null), LONG_AFTER))
			.isEqualTo(DELAYED);
	}

	@Test
	void theReferralExceptionCertifiesWhenSentInTime() {
		assertThat(status(first(REFERRAL_EXCEPTION_2025, DAY_30, null, null, null), LONG_AFTER)).isEqualTo(CERTIFIED);
		assertThat(status(first(REFERRAL_EXCEPTION_2025, DAY_30.plusDays(1), null, null, null), LONG_AFTER))
			.isEqualTo(DELAYED);
	}

	@Test
	void aSentPlanAwaitsUntilItsDeadlineAndDatesAfterTheDayAskedForAreNotYetKnown() {
		CertificationInterval sent = first(SIGNED, D0.plusDays(2), null, D0.plusDays(10), null);
		assertThat(status(sent, D0.plusDays(1))).isEqualTo(NOT_SENT);
		assertThat(status(sent, D0.plusDays(5))).isEqualTo(SENT_AWAITING);
		assertThat(status(sent, D0.plusDays(10))).isEqualTo(CERTIFIED);
	}

	@Test
	void aRecertificationIsDueByThePreviousIntervalsEnd() {
		CertificationInterval second = new CertificationInterval(2, LocalDate.of(2027, 4, 4), LocalDate.of(2027, 7, 2),
				new Recorded(SIGNED, null, null, LocalDate.of(2027, 4, 3), null));
		assertThat(second.status(D0, LONG_AFTER)).isEqualTo(CERTIFIED);
		CertificationInterval late = new CertificationInterval(2, LocalDate.of(2027, 4, 4), LocalDate.of(2027, 7, 2),
				new Recorded(SIGNED, null, null, LocalDate.of(2027, 4, 4), null));
		assertThat(late.status(D0, LONG_AFTER)).isEqualTo(DELAYED);
	}

	private static CertificationInterval first(CertificationMethod method, LocalDate sentOn, LocalDate verbalOn,
			LocalDate signedOn, String delayReason) {
		return new CertificationInterval(1, D0, LocalDate.of(2027, 4, 3),
				new Recorded(method, sentOn, verbalOn, signedOn, delayReason));
	}

	private static CertificationStatus status(CertificationInterval interval, LocalDate on) {
		return interval.status(D0, on);
	}

}
