package ilium.shared;

import org.springframework.http.HttpStatus;

/**
 * 412: the {@code If-Match} the client sent no longer names the current version.
 */
public final class StaleVersionException extends ClinicException {

	private StaleVersionException(String detail) {
		super(HttpStatus.PRECONDITION_FAILED, SharedProblems.STALE_VERSION, "Precondition failed", detail);
	}

	public static StaleVersionException of(String what) {
		return new StaleVersionException(
				"The " + what + " was changed by someone else; read it again and repeat your change.");
	}

}
