package ilium.episode;

/** A progress report or discharge summary is written as a draft, then signed for good. */
public enum DocumentStatus {

	DRAFT, SIGNED

}
