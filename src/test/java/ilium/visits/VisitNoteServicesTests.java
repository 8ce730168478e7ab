package ilium.visits;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ilium.HttpTest;
import ilium.visits.ServiceNotes.Visit;

import static ilium.visits.ServiceNotes.PROBLEMS;
import static ilium.visits.ServiceNotes.line;
import static ilium.visits.ServiceNotes.lines;
import static ilium.visits.ServiceNotes.manualTherapy;
import static ilium.visits.ServiceNotes.moderateComplexity;
import static ilium.visits.ServiceNotes.note;
import static ilium.visits.ServiceNotes.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * EPISODE.md R5 on one note: the service lines (400 naming the field), how they fit the
 * note and the visit (422 {@code services-inconsistent}), what signing needs (422
 * {@code visit-note-incomplete}), and the red-flag gate on timed lines. Every visit lasts
 * 45 minutes, so a note's total treatment time is at most 60.
 */
@HttpTest
class VisitNoteServicesTests extends VisitNoteTestBase {

	private ServiceNotes notes;

	@BeforeEach
	void services() {
		notes = new ServiceNotes(visits, therapist.therapistId());
	}

	@Test
	void answersTheServicesTheirTimedMinutesAndTheEvaluationCode() {
		Visit visit = notes.visit("INITIAL_EVALUATION");
		visits
			.open(therapist.token(), visit.appointmentId(),
					note(visit, "services", lines(line("97110", 20), line("97112", 10)), "preferredForRemainder",
							"97112", "totalTreatmentMinutes", 50, "evaluationComplexity", moderateComplexity()))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.treatmentPlanId")
			.isEqualTo(visit.planId().toString())
			.jsonPath("$.services")
			.isEqualTo(List.of(Map.of("cpt", "97110", "minutes", 20), Map.of("cpt", "97112", "minutes", 10)))
			.jsonPath("$.preferredForRemainder")
			.isEqualTo("97112")
			.jsonPath("$.totalTreatmentMinutes")
			.isEqualTo(50)
			.jsonPath("$.totalTimedMinutes")
			.isEqualTo(30)
			.jsonPath("$.evaluationComplexity.code")
			.isEqualTo("97162")
			.jsonPath("$.evaluationComplexity.presentation")
			.isEqualTo("EVOLVING");
	}

	@Test
	void aRevisionReplacesTheServicesWhole() {
		Visit visit = notes.visit("FOLLOW_UP");
		UUID noteId = visits.opened(therapist.token(), visit.appointmentId(),
				note(visit, "services", lines(line("97110", 20), line("97530", 10))));
		visits.revise(therapist.token(), noteId, note(visit, "services", lines(line("97116", 12))))
			.expectStatus()
			.isOk();
		visits.read(therapist.token(), noteId)
			.expectBody()
			.jsonPath("$.services")
			.isEqualTo(List.of(Map.of("cpt", "97116", "minutes", 12)))
			.jsonPath("$.totalTimedMinutes")
			.isEqualTo(12);
	}

	@Test
	void acceptsTimedMinutesFromOneTo120() {
		Visit visit = notes.visit("FOLLOW_UP");
		visits
			.open(therapist.token(), visit.appointmentId(),
					note(visit, "services", lines(line("97110", 1), line("97112", 120))))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.totalTimedMinutes")
			.isEqualTo(121);
	}

	@Test
	void refusesTimedMinutesBelowOneOrAbove120() {
		Visit visit = notes.visit("FOLLOW_UP");
		refused(visits.open(therapist.token(), visit.appointmentId(), note(visit, "services", lines(line("97110", 0)))),
				400, "validation", "services[0].minutes");
		refused(visits.open(therapist.token(), visit.appointmentId(),
				note(visit, "services", lines(line("97110", 10), line("97112", 121)))), 400, "validation",
				"services[1].minutes");
		assertThat(visits.notesOf(visit.appointmentId())).isZero();
	}

	@Test
	void refusesACodeTheClinicDoesNotBillOnALine() {
		Visit visit = notes.visit("INITIAL_EVALUATION");
		refused(visits.open(therapist.token(), visit.appointmentId(),
				note(visit, "services", lines(line("97999", 10)))), 400, "validation", "services[0].cpt");
		// R1: the evaluation codes come from evaluationComplexity, never from a line.
		refused(visits.open(therapist.token(), visit.appointmentId(), note(visit, "services", lines(line("97161")))),
				400, "validation", "services[0].cpt");
	}

	@Test
	void refusesATimedLineWithoutMinutes() {
		Visit visit = notes.visit("FOLLOW_UP");
		refused(visits.open(therapist.token(), visit.appointmentId(), note(visit, "services", lines(line("97140")))),
				400, "validation", "services[0].minutes");
	}

	@Test
	void takesAReEvaluationWithOrWithoutMinutesThatNeverCount() {
		Visit visit = notes.visit("RE_EVALUATION");
		UUID noteId = visits.opened(therapist.token(), visit.appointmentId(),
				note(visit, "services", lines(line("97164"))));
		visits.revise(therapist.token(), noteId, note(visit, "services", lines(line("97164", 30), line("97110", 10))))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalTimedMinutes")
			.isEqualTo(10);
	}

	@Test
	void refusesACodeTwice() {
		Visit visit = notes.visit("FOLLOW_UP");
		refused(visits.open(therapist.token(), visit.appointmentId(),
				note(visit, "services", lines(line("97110", 10), line("97112", 8), line("97110", 5)))), 400,
				"validation", "services[2].cpt");
	}

	@Test
	void refusesAPreferenceForACodeThatIsNotATimedLineOfTheNote() {
		Visit visit = notes.visit("RE_EVALUATION");
		refused(visits.open(therapist.token(), visit.appointmentId(),
				note(visit, "services", lines(line("97110", 10)), "preferredForRemainder", "97112")), 400, "validation",
				"preferredForRemainder");
		refused(visits.open(therapist.token(), visit.appointmentId(),
				note(visit, "services", lines(line("97164"), line("97110", 10)), "preferredForRemainder", "97164")),
				400, "validation", "preferredForRemainder");
	}

	@Test
	void refusesServicesWithoutAPlan() {
		Visit visit = notes.visit("FOLLOW_UP");
		Map<String, Object> body = new java.util.HashMap<>(note(visit, "services", lines(line("97110", 10))));
		body.remove("treatmentPlanId");
		refused(visits.open(therapist.token(), visit.appointmentId(), body), 422, "services-inconsistent",
				"treatmentPlanId");
	}

	@Test
	void gives97140TheMinutesOfTheManualTherapyRecorded() {
		Visit visit = notes.visit("FOLLOW_UP");
		List<Map<String, Object>> manual = List.of(manualTherapy(8), manualTherapy(10));
		refused(visits.open(therapist.token(), visit.appointmentId(),
				note(visit, "manualTherapy", manual, "services", lines(line("97110", 5), line("97140", 17)))), 422,
				"services-inconsistent", "services[1].minutes");
		visits
			.open(therapist.token(), visit.appointmentId(),
					note(visit, "manualTherapy", manual, "services", lines(line("97110", 5), line("97140", 18))))
			.expectStatus()
			.isCreated();
	}

	@Test
	void countsAbsent97140AsNoMinutes() {
		Visit visit = notes.visit("FOLLOW_UP");
		refused(visits.open(therapist.token(), visit.appointmentId(),
				note(visit, "manualTherapy", List.of(manualTherapy(8)), "services", lines(line("97110", 5)))), 422,
				"services-inconsistent", "services");
		refused(visits.open(therapist.token(), visit.appointmentId(), note(visit, "services", lines(line("97140", 8)))),
				422, "services-inconsistent", "services[0].minutes");
	}

	@Test
	void takesATotalFromTheTimedMinutesToTheVisitPlusFifteen() {
		Visit visit = notes.visit("FOLLOW_UP");
		List<Map<String, Object>> thirtyTimed = lines(line("97110", 20), line("97530", 10));
		UUID noteId = visits.opened(therapist.token(), visit.appointmentId(),
				note(visit, "services", thirtyTimed, "totalTreatmentMinutes", 30));
		visits.revise(therapist.token(), noteId, note(visit, "services", thirtyTimed, "totalTreatmentMinutes", 60))
			.expectStatus()
			.isOk();
	}

	@Test
	void refusesATotalBelowTheTimedMinutesOrBeyondTheVisitPlusFifteen() {
		Visit visit = notes.visit("FOLLOW_UP");
		List<Map<String, Object>> thirtyTimed = lines(line("97110", 20), line("97530", 10));
		refused(visits.open(therapist.token(), visit.appointmentId(),
				note(visit, "services", thirtyTimed, "totalTreatmentMinutes", 29)), 422, "services-inconsistent",
				"totalTreatmentMinutes");
		refused(visits.open(therapist.token(), visit.appointmentId(),
				note(visit, "services", thirtyTimed, "totalTreatmentMinutes", 61)), 422, "services-inconsistent",
				"totalTreatmentMinutes");
	}

	@Test
	void refusesATotalOutside1To600() {
		Visit visit = notes.visit("FOLLOW_UP");
		refused(visits.open(therapist.token(), visit.appointmentId(), note(visit, "totalTreatmentMinutes", 0)), 400,
				"validation", "totalTreatmentMinutes");
		refused(visits.open(therapist.token(), visit.appointmentId(), note(visit, "totalTreatmentMinutes", 601)), 400,
				"validation", "totalTreatmentMinutes");
	}

	@Test
	void refusesEvaluationComplexityOffAnInitialEvaluation() {
		Visit visit = notes.visit("RE_EVALUATION");
		refused(visits.open(therapist.token(), visit.appointmentId(),
				note(visit, "evaluationComplexity", moderateComplexity())), 422, "services-inconsistent",
				"evaluationComplexity");
	}

	@Test
	void refusesAnIncompleteOrOutOfRangeEvaluationComplexity() {
		Visit visit = notes.visit("INITIAL_EVALUATION");
		Map<String, Object> withoutFactors = new java.util.HashMap<>(moderateComplexity());
		withoutFactors.remove("personalFactorsAndComorbidities");
		refused(visits.open(therapist.token(), visit.appointmentId(),
				note(visit, "evaluationComplexity", withoutFactors)), 400, "validation",
				"evaluationComplexity.personalFactorsAndComorbidities");
		Map<String, Object> noElement = new java.util.HashMap<>(moderateComplexity());
		noElement.put("examinedElements", 0);
		refused(visits.open(therapist.token(), visit.appointmentId(), note(visit, "evaluationComplexity", noElement)),
				400, "validation", "evaluationComplexity.examinedElements");
	}

	@Test
	void refusesAReEvaluationOffAReEvaluationVisit() {
		Visit visit = notes.visit("FOLLOW_UP");
		refused(visits.open(therapist.token(), visit.appointmentId(),
				note(visit, "services", lines(line("97110", 10), line("97164")))), 422, "services-inconsistent",
				"services[1].cpt");
	}

	@Test
	void signsOnlyWithTheTotalTreatmentMinutesOfItsServices() {
		Visit visit = notes.visit("FOLLOW_UP");
		UUID noteId = visits.opened(therapist.token(), visit.appointmentId(),
				note(visit, "services", lines(line("97110", 10))));
		visits.sign(therapist.token(), noteId)
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEMS + "visit-note-incomplete")
			.jsonPath("$.missingFields")
			.isEqualTo(List.of("totalTreatmentMinutes"));
		visits.revise(therapist.token(), noteId,
				note(visit, "services", lines(line("97110", 10)), "totalTreatmentMinutes", 10));
		visits.sign(therapist.token(), noteId).expectStatus().isOk();
	}

	@Test
	void signsAnInitialEvaluationUnderAPlanOnlyWithItsComplexity() {
		Visit visit = notes.visit("INITIAL_EVALUATION");
		UUID noteId = visits.opened(therapist.token(), visit.appointmentId(), note(visit));
		visits.sign(therapist.token(), noteId)
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEMS + "visit-note-incomplete")
			.jsonPath("$.missingFields")
			.isEqualTo(List.of("evaluationComplexity"));
		visits.revise(therapist.token(), noteId, note(visit, "evaluationComplexity", moderateComplexity()));
		visits.sign(therapist.token(), noteId).expectStatus().isOk();
	}

	@Test
	void noTimedServicesWhileAReferralIsUncleared() {
		Visit visit = notes.visit("FOLLOW_UP");
		visits.screened(therapist.token(), visit.patientId(), "saddleAnesthesia");
		visits.open(therapist.token(), visit.appointmentId(), note(visit, "services", lines(line("97112", 10))))
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEMS + "unresolved-red-flags");
		assertThat(visits.notesOf(visit.appointmentId())).isZero();
	}

	@Test
	void aReEvaluationAloneIsNoTreatmentForTheRedFlagGate() {
		Visit visit = notes.visit("RE_EVALUATION");
		visits.screened(therapist.token(), visit.patientId(), "saddleAnesthesia");
		UUID noteId = visits.opened(therapist.token(), visit.appointmentId(),
				note(visit, "services", lines(line("97164")), "totalTreatmentMinutes", 30));
		visits.sign(therapist.token(), noteId).expectStatus().isOk();
	}

	@Test
	void refusesToSignTimedServicesOnceAReferralCameAfterTheDraft() {
		Visit visit = notes.visit("FOLLOW_UP");
		UUID noteId = visits.opened(therapist.token(), visit.appointmentId(),
				note(visit, "services", lines(line("97112", 10)), "totalTreatmentMinutes", 10));
		visits.screened(therapist.token(), visit.patientId(), "saddleAnesthesia");
		visits.sign(therapist.token(), noteId)
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEMS + "unresolved-red-flags");
	}

}
