package ilium.treatment;

/**
 * Who set a plan's belt advice: the protocol's belt rule from the patient's facts, or the
 * therapist.
 */
public enum BeltAdviceSource {

	PATIENT_FACTS, THERAPIST

}
