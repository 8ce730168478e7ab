package ilium.visits;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ilium.Clinic;
import ilium.HttpTest;
import ilium.billing.CptCode;
import ilium.billing.ServicesGiven;
import ilium.scheduling.AppointmentType;
import ilium.visits.ServiceNotes.Visit;

import static ilium.visits.ServiceNotes.DATE_OF_SERVICE;
import static ilium.visits.ServiceNotes.line;
import static ilium.visits.ServiceNotes.lines;
import static ilium.visits.ServiceNotes.manualTherapy;
import static ilium.visits.ServiceNotes.moderateComplexity;
import static ilium.visits.ServiceNotes.note;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module API billing reads: a patient's or a plan's signed notes with services or an
 * evaluation, by date of service then signing time, ready for
 * {@link ServicesGiven#ofDate}; the patients with such notes in a range of dates.
 */
@HttpTest
class BillableNotesTests extends VisitNoteTestBase {

	@Autowired
	BillableNotes billable;

	private ServiceNotes notes;

	private Visit evaluation;

	private UUID evaluationId;

	private UUID followUpId;

	private UUID dayBeforeId;

	@BeforeEach
	void signedVisits() {
		notes = new ServiceNotes(visits, therapist.therapistId());
		evaluation = notes.visit("INITIAL_EVALUATION");
		Visit dayBefore = new Visit(evaluation.patientId(), evaluation.planId(),
				visits.appointmentOn(evaluation.patientId(), therapist.therapistId(), "FOLLOW_UP",
						Clinic.at(DATE_OF_SERVICE.minusDays(1), "15:00")));
		Visit followUp = notes.visit(evaluation.patientId(), evaluation.planId(), "FOLLOW_UP");
		Visit undocumented = notes.visit(evaluation.patientId(), evaluation.planId(), "FOLLOW_UP");
		Visit draft = notes.visit(evaluation.patientId(), evaluation.planId(), "FOLLOW_UP");
		evaluationId = signed(evaluation, note(evaluation, "evaluationComplexity", moderateComplexity(), "services",
				lines(line("97110", 20)), "preferredForRemainder", "97110", "totalTreatmentMinutes", 40));
		// Signed after the follow-up, but a day earlier: it comes first.
		followUpId = signed(followUp, note(followUp, "manualTherapy", List.of(manualTherapy(10)), "services",
				lines(line("97110", 5), line("97140", 10)), "totalTreatmentMinutes", 20));
		dayBeforeId = signed(dayBefore,
				note(dayBefore, "services", lines(line("97112", 12)), "totalTreatmentMinutes", 15));
		signed(undocumented, note(undocumented));
		visits.opened(therapist.token(), draft.appointmentId(),
				note(draft, "services", lines(line("97110", 30)), "totalTreatmentMinutes", 30));
	}

	@Test
	void answersAPatientsSignedServicesOfADateInTheOrderTheyWereSigned() {
		List<BillableNote> day = billable.ofPatient(evaluation.patientId(), DATE_OF_SERVICE, DATE_OF_SERVICE);
		assertThat(day).extracting(BillableNote::noteId).containsExactly(evaluationId, followUpId);
		BillableNote first = day.get(0);
		assertThat(first.dateOfService()).isEqualTo(DATE_OF_SERVICE);
		assertThat(first.treatmentPlanId()).isEqualTo(evaluation.planId());
		assertThat(first.therapistId()).isEqualTo(therapist.therapistId());
		assertThat(first.visitType()).isEqualTo(AppointmentType.INITIAL_EVALUATION);
		assertThat(first.totalTreatmentMinutes()).isEqualTo(40);
		assertThat(first.preferredForRemainder()).isEqualTo(CptCode.THERAPEUTIC_EXERCISE);
		assertThat(first.services()).isEqualTo(new ServicesGiven(Map.of(CptCode.THERAPEUTIC_EXERCISE, 20),
				Set.of(CptCode.EVALUATION_MODERATE_COMPLEXITY), CptCode.THERAPEUTIC_EXERCISE));
		assertThat(first.signedAt()).isBefore(day.get(1).signedAt());
	}

	@Test
	void feedsADateOfServiceStraightIntoServicesGiven() {
		ServicesGiven date = ServicesGiven
			.ofDate(billable.ofPatient(evaluation.patientId(), DATE_OF_SERVICE, DATE_OF_SERVICE)
				.stream()
				.map(BillableNote::services)
				.toList());
		assertThat(date.timedMinutes()).isEqualTo(Map.of(CptCode.THERAPEUTIC_EXERCISE, 25, CptCode.MANUAL_THERAPY, 10));
		assertThat(date.untimedCodes()).containsExactly(CptCode.EVALUATION_MODERATE_COMPLEXITY);
		assertThat(date.preferredForRemainder()).isEqualTo(CptCode.THERAPEUTIC_EXERCISE);
	}

	@Test
	void ordersARangeByDateOfServiceFirst() {
		assertThat(billable.ofPatient(evaluation.patientId(), DATE_OF_SERVICE.minusDays(1), DATE_OF_SERVICE))
			.extracting(BillableNote::noteId)
			.containsExactly(dayBeforeId, evaluationId, followUpId);
		assertThat(
				billable.ofPatient(evaluation.patientId(), DATE_OF_SERVICE.minusDays(1), DATE_OF_SERVICE.minusDays(1)))
			.extracting(BillableNote::noteId)
			.containsExactly(dayBeforeId);
	}

	@Test
	void answersAPlansSignedServicesOfEveryDate() {
		assertThat(billable.ofPlan(evaluation.planId())).extracting(BillableNote::noteId)
			.containsExactly(dayBeforeId, evaluationId, followUpId);
		assertThat(billable.ofPlan(UUID.randomUUID())).isEmpty();
	}

	@Test
	void answersEachPatientWithABillableNoteInARangeOnce() {
		// Patients whose notes of the date bill nothing: a signed note without services,
		// a draft with services.
		Visit undocumented = notes.visit("FOLLOW_UP");
		signed(undocumented, note(undocumented));
		Visit draft = notes.visit("FOLLOW_UP");
		visits.opened(therapist.token(), draft.appointmentId(),
				note(draft, "services", lines(line("97110", 30)), "totalTreatmentMinutes", 30));
		assertThat(billable.patientsBetween(DATE_OF_SERVICE, DATE_OF_SERVICE)).contains(evaluation.patientId())
			.doesNotContain(undocumented.patientId(), draft.patientId())
			.doesNotHaveDuplicates();
		assertThat(billable.patientsBetween(DATE_OF_SERVICE.minusDays(1), DATE_OF_SERVICE.minusDays(1)))
			.contains(evaluation.patientId());
		assertThat(billable.patientsBetween(DATE_OF_SERVICE.plusDays(1), DATE_OF_SERVICE.plusDays(1)))
			.doesNotContain(evaluation.patientId());
	}

	private UUID signed(Visit visit, Object body) {
		UUID noteId = visits.opened(therapist.token(), visit.appointmentId(), body);
		visits.sign(therapist.token(), noteId).expectStatus().isOk();
		return noteId;
	}

}
