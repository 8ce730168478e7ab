package ilium.shared;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this clinic runs: its time zone (working hours and report dates are clinic-local)
 * and how late a cancellation may come before it counts as late.
 */
@ConfigurationProperties("ilium.clinic")
public record ClinicProperties(@DefaultValue("America/Los_Angeles") ZoneId timeZone,
		@DefaultValue("24") int lateCancellationHours) {

	public Duration lateCancellationWindow() {
		return Duration.ofHours(lateCancellationHours);
	}

}
