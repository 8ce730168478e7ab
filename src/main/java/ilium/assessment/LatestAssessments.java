package ilium.assessment;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's latest evaluation and screening: the facts a plan's belt rule starts from
 * (DOMAIN.md, belt rule). Not audited here: the caller audits the plan it makes of them.
 */
@Service
public class LatestAssessments {

	private final EvaluationRepository evaluations;

	private final ScreeningRepository screenings;

	LatestAssessments(EvaluationRepository evaluations, ScreeningRepository screenings) {
		this.evaluations = evaluations;
		this.screenings = screenings;
	}

	/** The patient's most recent evaluation, by when it was recorded. */
	@Transactional(readOnly = true)
	public Optional<EvaluationView> latestEvaluation(UUID patientId) {
		return evaluations.latest(patientId);
	}

	/** The patient's most recent screening, by the day it was taken. */
	@Transactional(readOnly = true)
	public Optional<ScreeningView> latestScreening(UUID patientId) {
		return screenings.latest(patientId);
	}

}
