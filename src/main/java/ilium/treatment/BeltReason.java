package ilium.treatment;

/**
 * Why a sacroiliac belt is advised.
 */
public enum BeltReason {

	HYPERMOBILITY, PREGNANCY_RELATED, OTHER

}
