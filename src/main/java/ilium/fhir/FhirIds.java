package ilium.fhir;

import java.util.Optional;
import java.util.UUID;

import org.hl7.fhir.r4.model.Reference;

/**
 * Resource ids and references. Most resources carry their record's UUID; a goal is
 * {@code <plan id>-<goal id>} ({@code …-LTG1}) and a procedure
 * {@code <note id>-<position>}, both within FHIR's 64 characters.
 */
final class FhirIds {

	private FhirIds() {
	}

	static Optional<UUID> uuid(String id) {
		if (id.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** The leading record id of a composite id, and what follows its dash. */
	static Optional<Composite> composite(String id) {
		if (id.length() < 38 || id.charAt(36) != '-') {
			return Optional.empty();
		}
		return uuid(id.substring(0, 36)).map(record -> new Composite(record, id.substring(37)));
	}

	static Reference to(String type, Object id) {
		return new Reference(type + "/" + id);
	}

	record Composite(UUID record, String part) {
	}

}
