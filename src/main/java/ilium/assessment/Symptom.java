package ilium.assessment;

/**
 * A symptom reported at screening.
 */
public enum Symptom {

	SHARP_PAIN, WORSE_ON_STANDING_UP, PELVIC_BURNING, NUMBNESS_TINGLING, PAIN_RADIATING_TO_THIGHS

}
