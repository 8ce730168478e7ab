package ilium.assessment;

/**
 * Where a screened patient feels pain.
 */
public enum PainLocation {

	LOWER_BACK, BUTTOCKS, HIPS, PELVIS, GROIN, THIGHS

}
