package ilium.episode;

/**
 * The first interval of an episode is its initial certification; later ones recertify.
 */
public enum CertificationKind {

	INITIAL, RECERTIFICATION;

	static CertificationKind of(int seq) {
		return seq == 1 ? INITIAL : RECERTIFICATION;
	}

}
