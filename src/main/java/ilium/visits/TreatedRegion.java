package ilium.visits;

/**
 * The body region a manual technique was applied to (DOMAIN.md).
 */
public enum TreatedRegion {

	SACROILIAC_JOINT(true), LUMBAR_SPINE(false), PELVIS(false), HIP(true), THIGH(true);

	private final boolean paired;

	TreatedRegion(boolean paired) {
		this.paired = paired;
	}

	/**
	 * Whether the region exists on both sides, so an entry must say which side was
	 * treated; the lumbar spine and the pelvis may be treated centrally.
	 */
	public boolean paired() {
		return paired;
	}

}
