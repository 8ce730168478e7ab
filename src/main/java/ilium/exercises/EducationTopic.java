package ilium.exercises;

/**
 * Body-mechanics education a therapist gives (DOMAIN.md, Protocols).
 */
public enum EducationTopic {

	POSTURE, LIFTING_AND_CARRYING, SITTING, ACTIVITY_LEVEL, SLEEP_POSITION

}
