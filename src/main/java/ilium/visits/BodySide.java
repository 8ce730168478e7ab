package ilium.visits;

/**
 * Which side of the body a manual technique was applied to.
 */
public enum BodySide {

	LEFT, RIGHT, BILATERAL

}
