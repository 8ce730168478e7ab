package ilium.visits;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ilium.Clinic;
import ilium.HttpTest;
import ilium.visits.ServiceNotes.Visit;

import static ilium.visits.ServiceNotes.DATE_OF_SERVICE;
import static ilium.visits.ServiceNotes.line;
import static ilium.visits.ServiceNotes.lines;
import static ilium.visits.ServiceNotes.moderateComplexity;
import static ilium.visits.ServiceNotes.note;
import static ilium.visits.ServiceNotes.refused;

/**
 * EPISODE.md R5 on the plan a note names, and on the patient's date of service at sign:
 * the patient's own plan, not a draft after the initial evaluation, not closed before the
 * date; one evaluation or re-evaluation and one plan per date.
 */
@HttpTest
class VisitNoteServicePlanTests extends VisitNoteTestBase {

	private ServiceNotes notes;

	@BeforeEach
	void services() {
		notes = new ServiceNotes(visits, therapist.therapistId());
	}

	@Test
	void refusesAPlanOfAnotherPatient() {
		Visit visit = notes.visit("FOLLOW_UP");
		Visit other = notes.visit("FOLLOW_UP");
		refused(visits.open(therapist.token(), visit.appointmentId(), note(other)), 422, "unknown-treatment-plan",
				"treatmentPlanId");
		refused(visits.open(therapist.token(), visit.appointmentId(),
				note(new Visit(visit.patientId(), UUID.randomUUID(), visit.appointmentId()))), 422,
				"unknown-treatment-plan", "treatmentPlanId");
	}

	@Test
	void namesADraftPlanOnItsInitialEvaluationOnly() {
		UUID patientId = visits.patient();
		UUID draftPlan = visits.draftPlan(patientId, therapist.therapistId());
		Visit evaluation = notes.visit(patientId, draftPlan, "INITIAL_EVALUATION");
		Visit followUp = notes.visit(patientId, draftPlan, "FOLLOW_UP");
		visits
			.open(therapist.token(), evaluation.appointmentId(),
					note(evaluation, "evaluationComplexity", moderateComplexity()))
			.expectStatus()
			.isCreated();
		refused(visits.open(therapist.token(), followUp.appointmentId(), note(followUp)), 409, "plan-not-active",
				"treatmentPlanId");
	}

	@Test
	void refusesAPlanClosedBeforeTheDateOfService() {
		Visit visit = notes.visit("FOLLOW_UP");
		visits.movePlan(visit.planId(), "COMPLETED", Clinic.at(DATE_OF_SERVICE.minusDays(1), "23:59"));
		refused(visits.open(therapist.token(), visit.appointmentId(), note(visit)), 409, "plan-closed",
				"treatmentPlanId");
	}

	@Test
	void takesAPlanClosedOnTheDateOfService() {
		Visit visit = notes.visit("FOLLOW_UP");
		visits.movePlan(visit.planId(), "DISCONTINUED", Clinic.at(DATE_OF_SERVICE, "00:00"));
		visits.open(therapist.token(), visit.appointmentId(), note(visit)).expectStatus().isCreated();
	}

	@Test
	void refusesToSignWhenThePlanClosedAfterTheDraftWasWritten() {
		Visit visit = notes.visit("FOLLOW_UP");
		UUID noteId = visits.opened(therapist.token(), visit.appointmentId(), note(visit));
		visits.movePlan(visit.planId(), "DISCONTINUED", Clinic.at(DATE_OF_SERVICE.minusDays(1), "12:00"));
		refused(visits.sign(therapist.token(), noteId), 409, "plan-closed", "treatmentPlanId");
	}

	@Test
	void signsUnderAPlanOnlyOnceThePlanHasAPayer() {
		Visit visit = notes.visit("FOLLOW_UP");
		UUID noteId = visits.opened(therapist.token(), visit.appointmentId(), note(visit));
		visits.withoutPlanOfCare(visit.planId());
		visits.sign(therapist.token(), noteId)
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/plan-of-care-incomplete")
			.jsonPath("$.missingFields[0]")
			.isEqualTo("payerProfile");
	}

	@Test
	void billsTwoVisitsOfOneDateUnderOnePlan() {
		Visit morning = notes.visit("FOLLOW_UP");
		Visit afternoon = notes.visit(morning.patientId(), morning.planId(), "FOLLOW_UP");
		signed(morning, note(morning, "services", lines(line("97110", 10)), "totalTreatmentMinutes", 10));
		signed(afternoon, note(afternoon, "services", lines(line("97110", 10)), "totalTreatmentMinutes", 10));
	}

	@Test
	void refusesASecondPlanOnOneDateAtSign() {
		Visit morning = notes.visit("FOLLOW_UP");
		signed(morning, note(morning));
		// The morning's plan ends that evening; the afternoon visit starts under a new
		// one.
		visits.movePlan(morning.planId(), "COMPLETED", Clinic.at(DATE_OF_SERVICE, "20:00"));
		UUID newPlan = visits.activePlan(morning.patientId(), therapist.therapistId());
		Visit afternoon = notes.visit(morning.patientId(), newPlan, "FOLLOW_UP");
		UUID noteId = visits.opened(therapist.token(), afternoon.appointmentId(), note(afternoon));
		refused(visits.sign(therapist.token(), noteId), 422, "services-inconsistent", "treatmentPlanId");
	}

	@Test
	void refusesASecondEvaluationOnOneDateAtSign() {
		Visit first = notes.visit("INITIAL_EVALUATION");
		Visit second = notes.visit(first.patientId(), first.planId(), "INITIAL_EVALUATION");
		signed(first, note(first, "evaluationComplexity", moderateComplexity()));
		UUID noteId = visits.opened(therapist.token(), second.appointmentId(),
				note(second, "evaluationComplexity", moderateComplexity()));
		refused(visits.sign(therapist.token(), noteId), 422, "services-inconsistent", "evaluationComplexity");
	}

	@Test
	void refusesAReEvaluationOnTheDateOfAnEvaluationAtSign() {
		Visit evaluation = notes.visit("INITIAL_EVALUATION");
		Visit reEvaluation = notes.visit(evaluation.patientId(), evaluation.planId(), "RE_EVALUATION");
		signed(evaluation, note(evaluation, "evaluationComplexity", moderateComplexity()));
		UUID noteId = visits.opened(therapist.token(), reEvaluation.appointmentId(),
				note(reEvaluation, "services", lines(line("97110", 10), line("97164")), "totalTreatmentMinutes", 30));
		refused(visits.sign(therapist.token(), noteId), 422, "services-inconsistent", "services[1].cpt");
	}

	@Test
	void refusesAnEvaluationOnTheDateOfAReEvaluationAtSign() {
		Visit reEvaluation = notes.visit("RE_EVALUATION");
		Visit evaluation = notes.visit(reEvaluation.patientId(), reEvaluation.planId(), "INITIAL_EVALUATION");
		signed(reEvaluation, note(reEvaluation, "services", lines(line("97164")), "totalTreatmentMinutes", 20));
		UUID noteId = visits.opened(therapist.token(), evaluation.appointmentId(),
				note(evaluation, "evaluationComplexity", moderateComplexity()));
		refused(visits.sign(therapist.token(), noteId), 422, "services-inconsistent", "evaluationComplexity");
	}

	private void signed(Visit visit, Object body) {
		UUID noteId = visits.opened(therapist.token(), visit.appointmentId(), body);
		visits.sign(therapist.token(), noteId).expectStatus().isOk();
	}

}
