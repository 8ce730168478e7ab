package ilium.scheduling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Cancels a booked appointment; the reason is kept (DOMAIN.md).
 */
public record CancelAppointment(@NotBlank @Size(max = 200) String reason) {

	public CancelAppointment {
		reason = reason == null ? null : reason.strip();
	}

}
