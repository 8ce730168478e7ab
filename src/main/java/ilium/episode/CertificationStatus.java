package ilium.episode;

/**
 * Where an interval's certification stands (EPISODE.md R8), computed at each read; the
 * first that holds, in this order.
 */
public enum CertificationStatus {

	/** Every date its method needs is recorded, each in time. */
	CERTIFIED,

	/** Signed late, with the reason for the delay recorded. */
	CERTIFIED_DELAYED,

	/** A needed date is late, or still unrecorded past its deadline. */
	DELAYED,

	/** Ordered verbally in time; the signature is still to come. */
	VERBAL_AWAITING_SIGNATURE,

	/** Sent to the physician; nothing back yet. */
	SENT_AWAITING,

	/** Nothing recorded yet. */
	NOT_SENT;

	/** {@code CERTIFIED*}: the interval is certified, in time or late with a reason. */
	public boolean certified() {
		return this == CERTIFIED || this == CERTIFIED_DELAYED;
	}

}
