package ilium.exercises;

/**
 * Where manual therapy is applied.
 */
public enum TreatmentRegion {

	SACROILIAC_JOINT, LUMBAR_SPINE, PELVIS, HIP, THIGH

}
