package ilium.visits;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import ilium.audit.PatientOfResource;

/**
 * Names the patient of {@code /api/v1/visit-notes/{id}/...} for refused requests.
 */
@Component
class VisitNotePatients implements PatientOfResource {

	private final VisitNoteRepository notes;

	VisitNotePatients(VisitNoteRepository notes) {
		this.notes = notes;
	}

	@Override
	public String resourceType() {
		return "visit-notes";
	}

	@Override
	public Optional<UUID> patientOf(UUID noteId) {
		return notes.find(noteId).map(VisitNoteView::patientId);
	}

}
