package ilium.fhir;

import java.util.UUID;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus;
import org.hl7.fhir.r4.model.Quantity;

import ilium.treatment.GoalMeasure;
import ilium.treatment.GoalStatus;
import ilium.treatment.GoalView;
import ilium.treatment.TreatmentPlanView;

/**
 * A plan's goal as a FHIR {@code Goal} with the id {@code <plan id>-<goal id>}: its
 * measure as the target, met at or below (or above) the target value by the target date
 * (docs/fhir.md).
 */
final class GoalMapping {

	private static final String ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";

	private GoalMapping() {
	}

	static String id(UUID planId, String goalId) {
		return planId + "-" + goalId;
	}

	static Goal goal(TreatmentPlanView plan, GoalView view) {
		Goal goal = new Goal();
		goal.setId(id(plan.id(), view.id()));
		goal.addIdentifier().setSystem(Fhir.GOAL_ID).setValue(view.id());
		goal.setLifecycleStatus(switch (view.status()) {
			case ACTIVE -> GoalLifecycleStatus.ACTIVE;
			case MET, PARTIALLY_MET, NOT_MET -> GoalLifecycleStatus.COMPLETED;
			case DISCONTINUED -> GoalLifecycleStatus.CANCELLED;
		});
		goal.setAchievementStatus(PlanMapping.concept(ACHIEVEMENT, achievement(view.status())));
		goal.addCategory(new CodeableConcept()
			.addCoding(new Coding(Fhir.GOAL_TERM, view.term().name(), AppointmentMapping.words(view.term().name()))));
		goal.setDescription(new CodeableConcept().setText(view.description()));
		goal.setSubject(FhirIds.to("Patient", plan.patientId()));
		goal.setExpressedBy(FhirIds.to("Practitioner", plan.therapistId()));
		goal.addAddresses(FhirIds.to("Condition", plan.id()));
		if (view.statusOn() != null) {
			goal.setStatusDateElement(PlanMapping.day(view.statusOn()));
		}
		if (view.measure() != null || view.targetDate() != null) {
			Goal.GoalTargetComponent target = goal.addTarget();
			if (view.targetDate() != null) {
				target.setDue(PlanMapping.day(view.targetDate()));
			}
			if (view.measure() != null) {
				measure(goal, target, view.measure());
			}
		}
		return goal;
	}

	private static void measure(Goal goal, Goal.GoalTargetComponent target, GoalMeasure measure) {
		target.setMeasure(switch (measure.kind()) {
			case OUTCOME_INSTRUMENT -> ObservationMapping.code(measure.instrument().name());
			case PSFS_ACTIVITY -> ObservationMapping.code("PSFS").setText("PSFS: " + measure.activityName());
			case OTHER -> new CodeableConcept().setText(measure.unit());
		});
		Quantity quantity = new Quantity().setValue(measure.target())
			.setComparator(measure.comparator() == GoalMeasure.Comparator.AT_MOST
					? Quantity.QuantityComparator.LESS_OR_EQUAL : Quantity.QuantityComparator.GREATER_OR_EQUAL);
		if (measure.kind() == GoalMeasure.Kind.OTHER) {
			quantity.setUnit(measure.unit());
		}
		target.setDetail(quantity);
		goal.addNote().setText("Baseline " + measure.baseline().toPlainString());
	}

	/**
	 * ACTIVE→in-progress, MET→achieved, PARTIALLY_MET→improving, NOT_MET and
	 * DISCONTINUED→not-achieved.
	 */
	private static String achievement(GoalStatus status) {
		return switch (status) {
			case ACTIVE -> "in-progress";
			case MET -> "achieved";
			case PARTIALLY_MET -> "improving";
			case NOT_MET, DISCONTINUED -> "not-achieved";
		};
	}

}
