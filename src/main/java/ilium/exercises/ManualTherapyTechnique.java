package ilium.exercises;

/**
 * A manual therapy technique a protocol suggests (DOMAIN.md, Visit notes and manual
 * therapy).
 */
public enum ManualTherapyTechnique {

	SOFT_TISSUE_MOBILIZATION, MYOFASCIAL_RELEASE, JOINT_MOBILIZATION, MANIPULATION, MUSCLE_ENERGY_TECHNIQUE,
	STRAIN_COUNTERSTRAIN, MANUAL_TRACTION

}
