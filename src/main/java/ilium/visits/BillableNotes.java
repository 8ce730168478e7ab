package ilium.visits;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The billable content of signed visit notes (EPISODE.md R3, R5), for the modules that
 * bill, report and keep the episode's clocks. A note counts when it is signed and carries
 * services or an evaluation complexity; drafts never count. Each list is ordered by date
 * of service, then by signing time (then note id), so the notes of one date, mapped to
 * {@link BillableNote#services()}, are what {@code ServicesGiven.ofDate} takes as they
 * are.
 * <p>
 * Not audited here, and not limited to a role: the caller decides who may read and audits
 * the read with the patient.
 */
@Service
public class BillableNotes {

	private final BillableNoteRepository notes;

	BillableNotes(BillableNoteRepository notes) {
		this.notes = notes;
	}

	/**
	 * The patient's billable signed notes with a date of service in {@code from..to}
	 * (both inclusive).
	 */
	@Transactional(readOnly = true)
	public List<BillableNote> ofPatient(UUID patientId, LocalDate from, LocalDate to) {
		return notes.ofPatient(patientId, from, to);
	}

	/**
	 * The patients with a billable signed note whose date of service is in
	 * {@code from..to} (both inclusive), each once, in id order.
	 */
	@Transactional(readOnly = true)
	public List<UUID> patientsBetween(LocalDate from, LocalDate to) {
		return notes.patientsBetween(from, to);
	}

	/** The billable signed notes given under the treatment plan, every date. */
	@Transactional(readOnly = true)
	public List<BillableNote> ofPlan(UUID treatmentPlanId) {
		return notes.ofPlan(treatmentPlanId);
	}

}
