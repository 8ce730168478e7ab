package ilium.episode;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import ilium.shared.Npi;

/**
 * The writable fields of a certification interval (EPISODE.md HTTP); its kind and bounds
 * are computed. Each write replaces the interval's fields as a whole and keeps the one
 * before as history.
 */
public record RecordCertification(@NotNull CertificationMethod method, @Nullable LocalDate sentOn,
		@Nullable LocalDate verbalOn, @Nullable LocalDate signedOn, @NotBlank @Size(max = 200) String certifierName,
		@Npi @Nullable String certifierNpi, @Size(max = 1000) @Nullable String delayReason) {
}
