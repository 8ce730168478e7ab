package ilium.assessment;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins every row of DOMAIN.md's red-flag table.
 */
class RedFlagTests {

	@Test
	void noAnswerTrueIsClearToTreat() {
		assertThat(flags(answers())).isEmpty();
		assertThat(Disposition.of(List.of())).isEqualTo(Disposition.CLEAR_TO_TREAT);
	}

	@Test
	void feverWithLowBackPainAndDeepThighPainIsPossibleSiJointInfection() {
		List<RedFlag> flags = flags(answers().fever().lowBack().deepThigh());
		assertThat(flags).containsExactly(RedFlag.POSSIBLE_SI_JOINT_INFECTION);
		assertThat(Disposition.of(flags)).isEqualTo(Disposition.URGENT_REFERRAL);
	}

	@Test
	void feverWithLowBackPainAndDifficultyWalkingIsPossibleSiJointInfection() {
		assertThat(flags(answers().fever().lowBack().walking())).containsExactly(RedFlag.POSSIBLE_SI_JOINT_INFECTION);
	}

	@Test
	void feverWithLowBackPainButNeitherThighPainNorDifficultyWalkingIsOnlySystemicSigns() {
		List<RedFlag> flags = flags(answers().fever().lowBack());
		assertThat(flags).containsExactly(RedFlag.SYSTEMIC_SIGNS);
		assertThat(Disposition.of(flags)).isEqualTo(Disposition.REFER_TO_PHYSICIAN);
	}

	@Test
	void feverWithThighPainButNoLowBackPainIsOnlySystemicSigns() {
		assertThat(flags(answers().fever().deepThigh().walking())).containsExactly(RedFlag.SYSTEMIC_SIGNS);
	}

	@Test
	void infectionPatternWithoutFeverRaisesNothing() {
		assertThat(flags(answers().lowBack().deepThigh().walking())).isEmpty();
	}

	@Test
	void feverAloneIsSystemicSigns() {
		assertThat(flags(answers().fever())).containsExactly(RedFlag.SYSTEMIC_SIGNS);
	}

	@Test
	void saddleAnaesthesiaIsPossibleCaudaEquina() {
		List<RedFlag> flags = flags(answers().saddle());
		assertThat(flags).containsExactly(RedFlag.POSSIBLE_CAUDA_EQUINA);
		assertThat(Disposition.of(flags)).isEqualTo(Disposition.URGENT_REFERRAL);
	}

	@Test
	void bladderOrBowelDysfunctionIsPossibleCaudaEquina() {
		assertThat(flags(answers().bladder())).containsExactly(RedFlag.POSSIBLE_CAUDA_EQUINA);
	}

	@Test
	void progressiveNeurologicalDeficitIsUrgent() {
		List<RedFlag> flags = flags(answers().neuro());
		assertThat(flags).containsExactly(RedFlag.PROGRESSIVE_NEUROLOGICAL_DEFICIT);
		assertThat(Disposition.of(flags)).isEqualTo(Disposition.URGENT_REFERRAL);
	}

	@Test
	void historyOfCancerIsPossibleMalignancy() {
		List<RedFlag> flags = flags(answers().cancer());
		assertThat(flags).containsExactly(RedFlag.POSSIBLE_MALIGNANCY);
		assertThat(Disposition.of(flags)).isEqualTo(Disposition.REFER_TO_PHYSICIAN);
	}

	@Test
	void unexplainedWeightLossIsPossibleMalignancy() {
		assertThat(flags(answers().weightLoss())).containsExactly(RedFlag.POSSIBLE_MALIGNANCY);
	}

	@Test
	void majorTraumaIsPossibleFracture() {
		List<RedFlag> flags = flags(answers().trauma());
		assertThat(flags).containsExactly(RedFlag.POSSIBLE_FRACTURE);
		assertThat(Disposition.of(flags)).isEqualTo(Disposition.REFER_TO_PHYSICIAN);
	}

	@Test
	void immunosuppressionOrIvDrugUseIsInfectionRisk() {
		List<RedFlag> flags = flags(answers().immuno());
		assertThat(flags).containsExactly(RedFlag.INFECTION_RISK);
		assertThat(Disposition.of(flags)).isEqualTo(Disposition.REFER_TO_PHYSICIAN);
	}

	@Test
	void jointInfectionFactorIsInfectionRisk() {
		assertThat(flags(answers().factor(ContributingFactor.JOINT_INFECTION))).containsExactly(RedFlag.INFECTION_RISK);
	}

	@Test
	void endocarditisFactorIsInfectionRisk() {
		assertThat(flags(answers().factor(ContributingFactor.ENDOCARDITIS))).containsExactly(RedFlag.INFECTION_RISK);
	}

	@Test
	void otherContributingFactorsRaiseNothing() {
		assertThat(flags(answers().factor(ContributingFactor.PREGNANCY)
			.factor(ContributingFactor.URINARY_TRACT_INFECTION)
			.factor(ContributingFactor.TRAUMA))).isEmpty();
	}

	@Test
	void theDispositionIsTheMostSevereFlag() {
		List<RedFlag> flags = flags(answers().cancer().trauma().saddle());
		assertThat(flags).containsExactly(RedFlag.POSSIBLE_CAUDA_EQUINA, RedFlag.POSSIBLE_MALIGNANCY,
				RedFlag.POSSIBLE_FRACTURE);
		assertThat(Disposition.of(flags)).isEqualTo(Disposition.URGENT_REFERRAL);
	}

	@Test
	void severalReferralFlagsStayAReferral() {
		assertThat(Disposition.of(flags(answers().cancer().immuno()))).isEqualTo(Disposition.REFER_TO_PHYSICIAN);
	}

	static List<RedFlag> flags(Answers answers) {
		return RedFlag.raisedBy(answers.screening());
	}

	static Answers answers() {
		return new Answers(new boolean[11], List.of());
	}

	/** Builds screening answers: everything false unless named. */
	record Answers(boolean[] yes, List<ContributingFactor> factors) {

		Answers set(int index) {
			boolean[] copy = yes.clone();
			copy[index] = true;
			return new Answers(copy, factors);
		}

		Answers fever() {
			return set(0);
		}

		Answers lowBack() {
			return set(1);
		}

		Answers deepThigh() {
			return set(2);
		}

		Answers walking() {
			return set(3);
		}

		Answers saddle() {
			return set(4);
		}

		Answers bladder() {
			return set(5);
		}

		Answers neuro() {
			return set(6);
		}

		Answers cancer() {
			return set(7);
		}

		Answers weightLoss() {
			return set(8);
		}

		Answers trauma() {
			return set(9);
		}

		Answers immuno() {
			return set(10);
		}

		Answers factor(ContributingFactor factor) {
			return new Answers(yes,
					java.util.stream.Stream.concat(factors.stream(), java.util.stream.Stream.of(factor)).toList());
		}

		RecordScreening screening() {
			return new RecordScreening(yes[0], yes[1], yes[2], yes[3], yes[4], yes[5], yes[6], yes[7], yes[8], yes[9],
					yes[10], null, null, null, factors, null);
		}

	}

}
