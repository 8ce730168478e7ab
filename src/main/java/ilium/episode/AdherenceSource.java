package ilium.episode;

/** Who reported the sessions: the patient (a diary, the portal) or the therapist. */
public enum AdherenceSource {

	PATIENT, THERAPIST

}
