package ilium.visits;

import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import ilium.Clinic;
import ilium.DatabaseOwner;
import ilium.HttpTest;
import ilium.shared.DatabaseConstraint;
import ilium.visits.ServiceNotes.Visit;

import static ilium.visits.ServiceNotes.DATE_OF_SERVICE;
import static ilium.visits.ServiceNotes.line;
import static ilium.visits.ServiceNotes.lines;
import static ilium.visits.ServiceNotes.moderateComplexity;
import static ilium.visits.ServiceNotes.note;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * PostgreSQL holds the services of visit notes without the service (V105, V106): the rows
 * are written straight into the tables here, past every Java check.
 */
@HttpTest
class VisitNoteServicesDatabaseTests extends VisitNoteTestBase {

	@Autowired
	DatabaseOwner owner;

	private ServiceNotes notes;

	@BeforeEach
	void services() {
		notes = new ServiceNotes(visits, therapist.therapistId());
	}

	@Test
	void holdsTheCodeAndMinutesOfEachLine() {
		UUID noteId = draft(notes.visit("FOLLOW_UP"));
		assertRefused(() -> insertLine(noteId, "97999", 10), "visit_note_service_cpt_known");
		assertRefused(() -> insertLine(noteId, "97161", null), "visit_note_service_cpt_known");
		assertRefused(() -> insertLine(noteId, "97110", 0), "visit_note_service_minutes_range");
		assertRefused(() -> insertLine(noteId, "97110", 121), "visit_note_service_minutes_range");
		assertRefused(() -> insertLine(noteId, "97110", null), "visit_note_service_timed_has_minutes");
		assertRefused(() -> insertLine(noteId, "97164", null),
				"visit_note_service_re_evaluation_on_re_evaluation_visit");
		assertThatCode(() -> {
			insertLine(noteId, "97110", 1);
			insertLine(noteId, "97112", 120);
		}).doesNotThrowAnyException();
		assertRefused(() -> insertLine(noteId, "97110", 5), "visit_note_service_one_line_per_code");
	}

	@Test
	void takesLinesUnderAPlanOnly() {
		Visit visit = notes.visit("FOLLOW_UP");
		UUID noteId = visits.opened(therapist.token(), visit.appointmentId(), Visits.noteWithoutTreatment());
		assertRefused(() -> insertLine(noteId, "97110", 10), "visit_note_services_under_a_plan");
	}

	@Test
	void keepsTheVisitTypeOfTheAppointment() {
		UUID noteId = draft(notes.visit("FOLLOW_UP"));
		assertRefused(() -> jdbc.sql("update visit_note set visit_type = 'RE_EVALUATION' where id = :id")
			.param("id", noteId)
			.update(), "visit_note_visit_type_of_its_appointment");
	}

	@Test
	void prefersATimedLineOfTheNoteOnly() {
		UUID noteId = draft(notes.visit("FOLLOW_UP"));
		insertLine(noteId, "97110", 10);
		assertRefused(() -> setOnNote(noteId, "preferred_for_remainder = '97112'"),
				"visit_note_preferred_for_remainder_given");
		assertRefused(() -> setOnNote(noteId, "preferred_for_remainder = '97164'"),
				"visit_note_preferred_for_remainder_timed");
		assertThatCode(() -> setOnNote(noteId, "preferred_for_remainder = '97110'")).doesNotThrowAnyException();
	}

	@Test
	void holdsTheRangesOfTheNotesServiceFields() {
		UUID noteId = draft(notes.visit("INITIAL_EVALUATION"));
		assertRefused(() -> setOnNote(noteId, "total_treatment_minutes = 0"),
				"visit_note_total_treatment_minutes_range");
		assertRefused(() -> setOnNote(noteId, "total_treatment_minutes = 601"),
				"visit_note_total_treatment_minutes_range");
		assertRefused(() -> setOnNote(noteId, "evaluation_presentation = 'STABLE'"),
				"visit_note_evaluation_complexity_complete");
		assertRefused(() -> setOnNote(noteId, complexity(21, 3, "STABLE", "LOW")),
				"visit_note_evaluation_personal_factors_range");
		assertRefused(() -> setOnNote(noteId, complexity(0, 0, "STABLE", "LOW")),
				"visit_note_evaluation_examined_elements_range");
		assertRefused(() -> setOnNote(noteId, complexity(0, 21, "STABLE", "LOW")),
				"visit_note_evaluation_examined_elements_range");
		assertRefused(() -> setOnNote(noteId, complexity(0, 1, "SEVERE", "LOW")),
				"visit_note_evaluation_presentation_known");
		assertRefused(() -> setOnNote(noteId, complexity(0, 1, "STABLE", "NONE")),
				"visit_note_evaluation_decision_making_known");
		assertThatCode(
				() -> setOnNote(noteId, complexity(20, 20, "UNSTABLE", "HIGH") + ", total_treatment_minutes = 600"))
			.doesNotThrowAnyException();
	}

	@Test
	void takesEvaluationComplexityOnAnInitialEvaluationOnly() {
		UUID noteId = draft(notes.visit("FOLLOW_UP"));
		assertRefused(() -> setOnNote(noteId, complexity(2, 3, "EVOLVING", "MODERATE")),
				"visit_note_evaluation_on_initial_evaluation");
	}

	@Test
	void namesAPlanOfThePatientOnly() {
		UUID noteId = draft(notes.visit("FOLLOW_UP"));
		UUID otherPatientsPlan = notes.visit("FOLLOW_UP").planId();
		assertRefused(() -> jdbc.sql("update visit_note set treatment_plan_id = :plan where id = :id")
			.param("plan", otherPatientsPlan)
			.param("id", noteId)
			.update(), "visit_note_plan_of_the_patient");
	}

	@Test
	void freezesTheLinesOfASignedNote() {
		Visit visit = notes.visit("FOLLOW_UP");
		UUID noteId = visits.opened(therapist.token(), visit.appointmentId(),
				note(visit, "services", lines(line("97110", 10)), "totalTreatmentMinutes", 10));
		visits.sign(therapist.token(), noteId).expectStatus().isOk();
		assertRefused(() -> insertLine(noteId, "97112", 10), "visit_note_signed_unchangeable");
		assertRefused(() -> owner.jdbc()
			.sql("update visit_note_service set minutes = 40 where visit_note_id = :id")
			.param("id", noteId)
			.update(), "visit_note_signed_unchangeable");
		assertRefused(
				() -> jdbc.sql("delete from visit_note_service where visit_note_id = :id").param("id", noteId).update(),
				"visit_note_signed_unchangeable");
	}

	@Test
	void signsOnlyWithADateOfService() {
		UUID noteId = draft(notes.visit("FOLLOW_UP"));
		assertRefused(() -> jdbc.sql("""
				update visit_note set status = 'SIGNED', signed_at = now(), signed_by_user_id = author_user_id
				 where id = :id
				""").param("id", noteId).update(), "visit_note_signed_dated");
	}

	@Test
	void signsServicesOnlyWithTheirTotalTreatmentMinutes() {
		Visit visit = notes.visit("FOLLOW_UP");
		UUID noteId = visits.opened(therapist.token(), visit.appointmentId(),
				note(visit, "services", lines(line("97110", 10))));
		assertRefused(() -> sign(noteId), "visit_note_signed_services_total_minutes");
	}

	@Test
	void signsUnderAPlanOnlyOnceThePlanHasAPayer() {
		Visit visit = notes.visit("FOLLOW_UP");
		UUID noteId = visits.opened(therapist.token(), visit.appointmentId(),
				note(visit, "services", lines(line("97110", 10)), "totalTreatmentMinutes", 10));
		visits.withoutPlanOfCare(visit.planId());
		assertRefused(() -> sign(noteId), "visit_note_plan_has_payer");
	}

	@Test
	void signsOnlyATotalThatCoversTheTimedMinutes() {
		Visit visit = notes.visit("FOLLOW_UP");
		UUID noteId = visits.opened(therapist.token(), visit.appointmentId(),
				note(visit, "services", lines(line("97110", 10)), "totalTreatmentMinutes", 10));
		setOnNote(noteId, "total_treatment_minutes = 9");
		assertRefused(() -> sign(noteId), "visit_note_total_covers_timed_minutes");
	}

	@Test
	void signsOnlyWhen97140IsTheManualTherapyRecorded() {
		Visit visit = notes.visit("FOLLOW_UP");
		UUID noteId = visits.opened(therapist.token(), visit.appointmentId(),
				note(visit, "services", lines(line("97110", 10)), "totalTreatmentMinutes", 10));
		jdbc.sql("""
				insert into visit_note_manual_therapy (visit_note_id, position, technique, region, minutes)
				values (:id, 0, 'SOFT_TISSUE_MOBILIZATION', 'PELVIS', 5)
				""").param("id", noteId).update();
		assertRefused(() -> sign(noteId), "visit_note_manual_therapy_is_97140");
	}

	@Test
	void signsAnInitialEvaluationUnderAPlanOnlyWithItsComplexity() {
		UUID noteId = draft(notes.visit("INITIAL_EVALUATION"));
		assertRefused(() -> sign(noteId), "visit_note_signed_evaluation_complexity");
	}

	@Test
	void signsOneEvaluationPerDate() {
		Visit first = notes.visit("INITIAL_EVALUATION");
		Visit second = notes.visit(first.patientId(), first.planId(), "INITIAL_EVALUATION");
		UUID firstId = visits.opened(therapist.token(), first.appointmentId(),
				note(first, "evaluationComplexity", moderateComplexity()));
		visits.sign(therapist.token(), firstId).expectStatus().isOk();
		UUID secondId = visits.opened(therapist.token(), second.appointmentId(),
				note(second, "evaluationComplexity", moderateComplexity()));
		assertRefused(() -> sign(secondId), "visit_note_one_evaluation_per_date");
	}

	@Test
	void signsOnePlanPerDate() {
		Visit morning = notes.visit("FOLLOW_UP");
		visits.sign(therapist.token(), draft(morning)).expectStatus().isOk();
		visits.movePlan(morning.planId(), "COMPLETED", Clinic.at(DATE_OF_SERVICE, "20:00"));
		UUID newPlan = visits.activePlan(morning.patientId(), therapist.therapistId());
		UUID afternoonId = draft(notes.visit(morning.patientId(), newPlan, "FOLLOW_UP"));
		assertRefused(() -> sign(afternoonId), "visit_note_one_plan_per_date");
	}

	/** A draft SOAP note under the visit's plan, opened through the API. */
	private UUID draft(Visit visit) {
		return visits.opened(therapist.token(), visit.appointmentId(), note(visit));
	}

	private void insertLine(UUID noteId, String cpt, Integer minutes) {
		jdbc.sql("""
				insert into visit_note_service (visit_note_id, cpt, minutes, visit_type)
				select id, :cpt, :minutes, visit_type from visit_note where id = :id
				""").param("id", noteId).param("cpt", cpt).param("minutes", minutes, java.sql.Types.SMALLINT).update();
	}

	/** Sets columns of the note; the SQL is this test's own text, never a request's. */
	private void setOnNote(UUID noteId, String assignments) {
		jdbc.sql("update visit_note set " + assignments + " where id = :id").param("id", noteId).update();
	}

	private static String complexity(int factors, int elements, String presentation, String decisionMaking) {
		return "evaluation_personal_factors = " + factors + ", evaluation_examined_elements = " + elements
				+ ", evaluation_presentation = '" + presentation + "', evaluation_decision_making = '" + decisionMaking
				+ "'";
	}

	private void sign(UUID noteId) {
		jdbc.sql("""
				update visit_note
				   set status = 'SIGNED', signed_at = now(), signed_by_user_id = author_user_id, date_of_service = :day
				 where id = :id
				""").param("day", DATE_OF_SERVICE).param("id", noteId).update();
	}

	private static void assertRefused(ThrowingCallable write, String constraint) {
		assertThatThrownBy(write).isInstanceOf(DataIntegrityViolationException.class)
			.satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex)).contains(constraint));
	}

}
