package ilium.assessment;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The red-flag table of DOMAIN.md, row by row: when each flag is raised and what it means
 * for treatment. Sources: the seed article (fever, low back and buttock pain, deep thigh
 * pain, difficulty walking → see a physician quickly) and low back pain red-flag lists
 * (cauda equina, cancer, fracture, infection). PostgreSQL holds the same table
 * ({@code screening_outcome_of}, V71): a change here needs a migration that changes it
 * there, or the service's own screenings are refused.
 */
public enum RedFlag {

	POSSIBLE_SI_JOINT_INFECTION(Disposition.URGENT_REFERRAL, RedFlag::infectionPattern),
	POSSIBLE_CAUDA_EQUINA(Disposition.URGENT_REFERRAL, s -> s.saddleAnesthesia() || s.bladderOrBowelDysfunction()),
	PROGRESSIVE_NEUROLOGICAL_DEFICIT(Disposition.URGENT_REFERRAL, RecordScreening::progressiveNeurologicalDeficit),
	/** A fever without the infection pattern above. */
	SYSTEMIC_SIGNS(Disposition.REFER_TO_PHYSICIAN, s -> s.fever() && !infectionPattern(s)),
	POSSIBLE_MALIGNANCY(Disposition.REFER_TO_PHYSICIAN, s -> s.historyOfCancer() || s.unexplainedWeightLoss()),
	POSSIBLE_FRACTURE(Disposition.REFER_TO_PHYSICIAN, RecordScreening::majorTrauma),
	INFECTION_RISK(Disposition.REFER_TO_PHYSICIAN, s -> s.immunosuppressionOrIvDrugUse()
			|| s.hasFactor(ContributingFactor.JOINT_INFECTION) || s.hasFactor(ContributingFactor.ENDOCARDITIS));

	private final Disposition disposition;

	private final Predicate<RecordScreening> raisedBy;

	RedFlag(Disposition disposition, Predicate<RecordScreening> raisedBy) {
		this.disposition = disposition;
		this.raisedBy = raisedBy;
	}

	public Disposition disposition() {
		return disposition;
	}

	/** The flags these answers raise, in table order. */
	static List<RedFlag> raisedBy(RecordScreening answers) {
		return Stream.of(values()).filter(flag -> flag.raisedBy.test(answers)).toList();
	}

	// DOMAIN.md: fever and low back or buttock pain and (deep thigh pain or difficulty
	// walking).
	private static boolean infectionPattern(RecordScreening s) {
		return s.fever() && s.lowBackOrButtockPain() && (s.deepThighPain() || s.difficultyWalking());
	}

}
