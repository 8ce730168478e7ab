package ilium.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Timing;
import org.jspecify.annotations.Nullable;

import ilium.exercises.EducationTopic;
import ilium.treatment.BeltAdvice;
import ilium.treatment.PlanStatus;
import ilium.treatment.PrescriptionView;
import ilium.treatment.TreatmentPlanView;

/**
 * A treatment plan as FHIR: its diagnosis as a {@code Condition} and the plan itself as a
 * {@code CarePlan} whose activities are the home exercises (each at its dose in force),
 * the belt advice and the education topics; its goals are {@link GoalMapping}'s. Both
 * resources carry the plan's id (docs/fhir.md).
 */
final class PlanMapping {

	private static final String CLINICAL_STATUS = "http://terminology.hl7.org/CodeSystem/condition-clinical";

	private static final String VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";

	private static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";

	private PlanMapping() {
	}

	static Condition condition(TreatmentPlanView plan) {
		Condition condition = new Condition();
		condition.setId(plan.id().toString());
		condition.getMeta().setVersionId(Long.toString(plan.version()));
		String clinical = switch (plan.status()) {
			case DRAFT, ACTIVE, ON_HOLD -> "active";
			case COMPLETED -> "resolved";
			case DISCONTINUED -> "inactive";
		};
		condition.setClinicalStatus(concept(CLINICAL_STATUS, clinical));
		condition.setVerificationStatus(concept(VERIFICATION, "confirmed"));
		condition.addCategory(concept(CATEGORY, "encounter-diagnosis"));
		condition.setCode(
				new CodeableConcept().addCoding(new Coding().setSystem(Fhir.ICD10CM).setCode(plan.diagnosisCode())));
		condition.setSubject(FhirIds.to("Patient", plan.patientId()));
		condition.setRecordedDateElement(new DateTimeType(Date.from(plan.createdAt())));
		condition.setRecorder(FhirIds.to("Practitioner", plan.therapistId()));
		Instant ended = plan.completedAt() != null ? plan.completedAt() : plan.discontinuedAt();
		if (ended != null) {
			condition.setAbatement(new DateTimeType(Date.from(ended)));
		}
		return condition;
	}

	static CarePlan carePlan(TreatmentPlanView plan) {
		CarePlan carePlan = new CarePlan();
		carePlan.setId(plan.id().toString());
		carePlan.getMeta().setVersionId(Long.toString(plan.version()));
		carePlan.setStatus(status(plan.status()));
		carePlan.setIntent(CarePlanIntent.PLAN);
		carePlan.setTitle("Physical therapy plan of care");
		carePlan.setDescription(plan.visitsPerWeek() + " visits a week for " + plan.durationWeeks() + " weeks");
		carePlan.setSubject(FhirIds.to("Patient", plan.patientId()));
		carePlan.setPeriod(new Period().setStartElement(new DateTimeType(plan.startDate().toString()))
			.setEndElement(new DateTimeType(plan.planEndDate().toString())));
		carePlan.setCreated(Date.from(plan.createdAt()));
		carePlan.setAuthor(FhirIds.to("Practitioner", plan.therapistId()));
		carePlan.addAddresses(FhirIds.to("Condition", plan.id()));
		plan.goals().forEach(goal -> carePlan.addGoal(FhirIds.to("Goal", GoalMapping.id(plan.id(), goal.id()))));
		CarePlanActivityStatus activityStatus = activityStatus(plan.status());
		plan.prescriptions().forEach(prescription -> exercise(carePlan, prescription, activityStatus));
		if (plan.beltAdvice() != null) {
			belt(carePlan, plan.beltAdvice(), activityStatus);
		}
		plan.educationTopics().forEach(topic -> education(carePlan, topic, activityStatus));
		if (plan.discontinueReason() != null) {
			carePlan.addNote().setText("Discontinued: " + plan.discontinueReason());
		}
		return carePlan;
	}

	/**
	 * DRAFT→draft, ACTIVE→active, ON_HOLD→on-hold, COMPLETED→completed,
	 * DISCONTINUED→revoked.
	 */
	static CarePlanStatus status(PlanStatus status) {
		return switch (status) {
			case DRAFT -> CarePlanStatus.DRAFT;
			case ACTIVE -> CarePlanStatus.ACTIVE;
			case ON_HOLD -> CarePlanStatus.ONHOLD;
			case COMPLETED -> CarePlanStatus.COMPLETED;
			case DISCONTINUED -> CarePlanStatus.REVOKED;
		};
	}

	/**
	 * The plan status a FHIR request-status names: {@link #status}'s inverse; null for
	 * {@code entered-in-error} and {@code unknown}, which no plan has (any other code is
	 * 400).
	 */
	static @Nullable PlanStatus planStatus(String code) {
		return switch (code) {
			case "draft" -> PlanStatus.DRAFT;
			case "active" -> PlanStatus.ACTIVE;
			case "on-hold" -> PlanStatus.ON_HOLD;
			case "completed" -> PlanStatus.COMPLETED;
			case "revoked" -> PlanStatus.DISCONTINUED;
			case "entered-in-error", "unknown" -> null;
			default -> throw FhirRequestException.badParameter("status", "is not a CarePlan status");
		};
	}

	private static CarePlanActivityStatus activityStatus(PlanStatus status) {
		return switch (status) {
			case DRAFT -> CarePlanActivityStatus.NOTSTARTED;
			case ACTIVE -> CarePlanActivityStatus.INPROGRESS;
			case ON_HOLD -> CarePlanActivityStatus.ONHOLD;
			case COMPLETED -> CarePlanActivityStatus.COMPLETED;
			case DISCONTINUED -> CarePlanActivityStatus.STOPPED;
		};
	}

	private static void exercise(CarePlan carePlan, PrescriptionView prescription, CarePlanActivityStatus status) {
		CarePlan.CarePlanActivityDetailComponent detail = carePlan.addActivity().getDetail();
		detail.setCode(new CodeableConcept().addCoding(new Coding(Fhir.CARE_ACTIVITY, "home-exercise", "Home exercise"))
			.setText(prescription.exerciseName()));
		detail.setStatus(prescription.active() ? status : CarePlanActivityStatus.STOPPED);
		detail.setScheduled(
				new Timing().setRepeat(new Timing.TimingRepeatComponent().setFrequency(prescription.timesPerDay())
					.setPeriod(1)
					.setPeriodUnit(Timing.UnitsOfTime.D)));
		String dose = prescription.sets() + " sets of " + prescription.reps() + " reps"
				+ (prescription.holdSeconds() > 0 ? ", hold " + prescription.holdSeconds() + " s" : "") + ", "
				+ prescription.timesPerDay() + "× a day, " + prescription.daysPerWeek() + " days a week, side "
				+ prescription.side().name().toLowerCase(java.util.Locale.ROOT) + " (dose in force since "
				+ prescription.since() + ")"
				+ (prescription.progression() == null ? ""
						: "; the hold grows by " + prescription.progression().stepSeconds() + " s every "
								+ prescription.progression().everyDays() + " days up to "
								+ prescription.progression().targetHoldSeconds() + " s");
		detail.setDescription(prescription.instructions() == null ? dose : dose + ". " + prescription.instructions());
	}

	private static void belt(CarePlan carePlan, BeltAdvice advice, CarePlanActivityStatus status) {
		CarePlan.CarePlanActivityDetailComponent detail = carePlan.addActivity().getDetail();
		detail.setCode(
				new CodeableConcept().addCoding(new Coding(Fhir.CARE_ACTIVITY, "sacroiliac-belt", "Sacroiliac belt")));
		detail.setStatus(status);
		detail.setDoNotPerform(!advice.recommended());
		if (advice.reason() != null) {
			detail.addReasonCode(new CodeableConcept().setText(AppointmentMapping.words(advice.reason().name())));
		}
		StringBuilder description = new StringBuilder(advice.recommended() ? "Belt advised" : "No belt advised");
		description.append(" (").append(AppointmentMapping.words(advice.source().name()).toLowerCase()).append(")");
		appendIf(description, ". ", advice.wearingInstructions());
		if (advice.reviewAfterWeeks() != null) {
			description.append(". Review after ").append(advice.reviewAfterWeeks()).append(" weeks");
		}
		detail.setDescription(description.toString());
	}

	private static void education(CarePlan carePlan, EducationTopic topic, CarePlanActivityStatus status) {
		CarePlan.CarePlanActivityDetailComponent detail = carePlan.addActivity().getDetail();
		detail.setCode(new CodeableConcept()
			.addCoding(new Coding(Fhir.EDUCATION_TOPIC, topic.name(), AppointmentMapping.words(topic.name()))));
		detail.setStatus(status);
	}

	static CodeableConcept concept(String system, String code) {
		return new CodeableConcept().addCoding(new Coding().setSystem(system).setCode(code));
	}

	static DateType day(LocalDate date) {
		return new DateType(date.toString());
	}

	private static void appendIf(StringBuilder text, String separator, @Nullable String value) {
		if (value != null) {
			text.append(separator).append(value);
		}
	}

}
