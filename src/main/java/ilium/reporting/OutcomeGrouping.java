package ilium.reporting;

/**
 * Whom an outcome report groups patients by: the plan's therapist or its protocol.
 */
public enum OutcomeGrouping {

	THERAPIST, PROTOCOL

}
