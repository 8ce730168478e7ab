package ilium.episode;

/** Why the episode ends (EPISODE.md HTTP, discharge summary). */
public enum DischargeReason {

	GOALS_MET, PLATEAU, PATIENT_SELF_DISCHARGED, REFERRED_TO_PHYSICIAN, RED_FLAG, OTHER

}
