package ilium.exercises;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.shared.ClinicException;
import ilium.shared.CurrentStaff;
import ilium.shared.PageQuery;
import ilium.shared.PageView;
import ilium.shared.StaleVersionException;

/**
 * The clinic's protocols: reusable templates, saved as immutable versions.
 */
@Service
public class ProtocolCatalog {

	private final ProtocolRepository protocols;

	private final ExerciseRepository exercises;

	private final AuditTrail auditTrail;

	private final Clock clock;

	ProtocolCatalog(ProtocolRepository protocols, ExerciseRepository exercises, AuditTrail auditTrail, Clock clock) {
		this.protocols = protocols;
		this.exercises = exercises;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	/** The current version of a protocol. */
	@Transactional(readOnly = true)
	public Optional<ProtocolView> find(UUID protocolId) {
		return protocols.findCurrent(protocolId);
	}

	/** One saved version of a protocol, as plans made from it remember it. */
	@Transactional(readOnly = true)
	public Optional<ProtocolView> find(UUID protocolId, int version) {
		return protocols.findVersion(protocolId, version);
	}

	/** A page of protocols (current versions), by name. */
	@Transactional(readOnly = true)
	public PageView<ProtocolView> list(PageQuery page) {
		return PageView.of(protocols.page(page), page, protocols.count());
	}

	/** Creates a protocol at version 1. */
	@Transactional
	public ProtocolView create(SaveProtocol command) {
		UUID id = UUID.randomUUID();
		protocols.insertProtocol(id, clock.instant());
		ProtocolView protocol = save(id, 1, command);
		auditTrail.allowed(AuditAction.CREATE, AuditResource.PROTOCOL, id, null);
		return protocol;
	}

	/**
	 * Saves the next version of a protocol; earlier versions, and plans made from them,
	 * stay as they were. A stale {@code expectedVersion} is a 412.
	 */
	@Transactional
	public ProtocolView revise(UUID protocolId, @Nullable Long expectedVersion, SaveProtocol command) {
		int version = protocols.nextVersion(protocolId, expectedVersion).orElseThrow(() -> {
			if (!protocols.exists(protocolId)) {
				return ClinicException.notFound("protocol");
			}
			return StaleVersionException.of("protocol");
		});
		ProtocolView protocol = save(protocolId, version, command);
		auditTrail.allowed(AuditAction.UPDATE, AuditResource.PROTOCOL, protocolId, null);
		return protocol;
	}

	private ProtocolView save(UUID id, int version, SaveProtocol command) {
		List<ProtocolExerciseView> items = new ArrayList<>();
		for (int i = 0; i < command.exercises().size(); i++) {
			items.add(resolve(command.exercises().get(i), i));
		}
		ProtocolView protocol = new ProtocolView(id, version, command.name().strip(), command.description(), items,
				command.educationTopics() == null ? List.of() : command.educationTopics().stream().distinct().toList(),
				command.manualTherapy() == null ? List.of() : command.manualTherapy(),
				Boolean.TRUE.equals(command.beltRule()), command.visitsPerWeek(), command.durationWeeks());
		protocols.insertVersion(protocol, CurrentStaff.get().map(CurrentStaff::userId).orElse(null), clock.instant());
		return protocol;
	}

	private ProtocolExerciseView resolve(SaveProtocol.Item item, int index) {
		ExerciseView exercise = exercises.find(item.exerciseId())
			.orElseThrow(() -> ClinicException.badRequest("exercises[" + index + "].exerciseId",
					"is not an exercise of the library"));
		return ProtocolExerciseView.of(exercise.id(), exercise.name(), item.over(exercise.dosage()),
				item.instructions());
	}

}
