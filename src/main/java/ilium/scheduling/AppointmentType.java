package ilium.scheduling;

/**
 * What kind of visit an appointment is.
 */
public enum AppointmentType {

	INITIAL_EVALUATION, FOLLOW_UP, RE_EVALUATION, DISCHARGE

}
