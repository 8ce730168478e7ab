package ilium.visits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.audit.AccessRefused;
import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.scheduling.AppointmentBook;
import ilium.scheduling.AppointmentStatus;
import ilium.scheduling.AppointmentView;
import ilium.shared.ClinicException;
import ilium.shared.CurrentStaff;
import ilium.shared.StaleVersionException;

/**
 * Visit notes (DOMAIN.md, Visit notes and manual therapy): one per appointment, written,
 * signed and amended by the treating therapist; read by any therapist. Every read and
 * write is audited with the patient.
 */
@Service
public class VisitCharting {

	private static final String RESOURCE = "visit-note";

	private final VisitNoteRepository notes;

	private final AddendumRepository addenda;

	private final AppointmentBook appointments;

	private final TreatmentRecordingPolicy policy;

	private final ServicesPolicy services;

	private final AuditTrail auditTrail;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	VisitCharting(VisitNoteRepository notes, AddendumRepository addenda, AppointmentBook appointments,
			TreatmentRecordingPolicy policy, ServicesPolicy services, AuditTrail auditTrail,
			ApplicationEventPublisher events, Clock clock) {
		this.notes = notes;
		this.addenda = addenda;
		this.appointments = appointments;
		this.policy = policy;
		this.services = services;
		this.auditTrail = auditTrail;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens the draft note of an appointment; only its therapist may, once per
	 * appointment. Manual therapy, exercises or timed services need a patient without an
	 * uncleared referral, the manual therapy fits in the visit (422 either way), and the
	 * services fit together, the visit and their plan (EPISODE.md R5,
	 * {@link ServicesPolicy}).
	 */
	@Transactional
	public VisitNoteView open(UUID appointmentId, DraftVisitNote content) {
		content.requireConsistent();
		AppointmentView appointment = attended(appointmentId);
		CurrentStaff staff = CurrentStaff.require();
		if (!staff.isTherapist(appointment.therapistId())) {
			throw AccessRefused.to(AuditAction.CREATE, AuditResource.VISIT_NOTE, appointmentId,
					appointment.patientId());
		}
		notes.findByAppointment(appointmentId).ifPresent(existing -> {
			throw DuplicateVisitNoteException.of(existing.id());
		});
		policy.requireAllowed(content, appointment);
		services.requireConsistent(content, appointment);
		UUID id = UUID.randomUUID();
		notes.insert(new VisitNoteRepository.NewVisitNote(id, appointmentId, appointment.patientId(),
				appointment.therapistId(), staff.userId(), appointment.durationMinutes(), appointment.type(),
				clock.instant()), content);
		auditTrail.allowed(AuditAction.CREATE, AuditResource.VISIT_NOTE, id, appointment.patientId());
		return notes.find(id).orElseThrow().withAddenda(List.of());
	}

	/** The note with its addenda. */
	@Transactional(readOnly = true)
	public VisitNoteView read(UUID noteId) {
		return audited(notes.find(noteId).orElseThrow(() -> ClinicException.notFound("visit note")));
	}

	/**
	 * The patient's notes with their addenda, oldest first, each audited as read (none
	 * for a patient without notes).
	 */
	@Transactional(readOnly = true)
	public List<VisitNoteView> ofPatient(UUID patientId) {
		return notes.ofPatient(patientId).stream().map(this::audited).toList();
	}

	/**
	 * The notes the signed-in therapist still has to sign, oldest first, each audited as
	 * read (a therapist's day, WEB.md).
	 */
	@Transactional(readOnly = true)
	public List<VisitNoteView> draftsOfCurrentTherapist() {
		UUID therapistId = CurrentStaff.require().therapistId();
		if (therapistId == null) {
			return List.of();
		}
		return notes.draftsOf(therapistId).stream().map(this::audited).toList();
	}

	/** The note of an appointment with its addenda. */
	@Transactional(readOnly = true)
	public VisitNoteView readForAppointment(UUID appointmentId) {
		appointments.find(appointmentId).orElseThrow(() -> ClinicException.notFound("appointment"));
		return audited(
				notes.findByAppointment(appointmentId).orElseThrow(() -> ClinicException.notFound("visit note")));
	}

	/**
	 * Replaces a draft's content under the same rules as opening it; a signed note never
	 * changes (409).
	 */
	@Transactional
	public VisitNoteView revise(UUID noteId, @Nullable Long expectedVersion, DraftVisitNote content) {
		content.requireConsistent();
		VisitNoteView note = writable(noteId, AuditAction.UPDATE, expectedVersion);
		AppointmentView appointment = appointments.find(note.appointmentId()).orElseThrow();
		policy.requireAllowed(content, appointment);
		services.requireConsistent(content, appointment);
		notes.update(noteId, note.version(), content, clock.instant());
		auditTrail.allowed(AuditAction.UPDATE, AuditResource.VISIT_NOTE, noteId, note.patientId());
		return withAddenda(notes.find(noteId).orElseThrow());
	}

	/**
	 * Signs a draft: needs subjective, objective, assessment and plan (else 422) and a
	 * visit that took place: checked in or completed (a draft may be written ahead). Once
	 * checked in, an appointment can no longer be cancelled or moved, so a signed note
	 * always stands on a visit that happened, with its therapist. The red-flag gate and
	 * the visit's length are checked again: a referral or a shorter visit may have come
	 * since the draft was written; so are the services and their plan, which may have
	 * closed since. With services it needs their total treatment minutes, and an initial
	 * evaluation under a plan its complexity (422 {@code visit-note-incomplete}); a plan
	 * its payer (422 {@code plan-of-care-incomplete}); its date of service, with the
	 * patient's other signed notes of that date, bills one evaluation and one plan (422
	 * {@code services-inconsistent}).
	 */
	@Transactional
	public VisitNoteView sign(UUID noteId, @Nullable Long expectedVersion) {
		VisitNoteView note = writable(noteId, AuditAction.SIGN, expectedVersion);
		AppointmentView appointment = attended(note.appointmentId());
		if (appointment.status() == AppointmentStatus.BOOKED) {
			throw ClinicException.ruleViolated(VisitsProblems.APPOINTMENT_NOT_ATTENDED,
					"A visit note is signed once the patient has checked in; this appointment is still booked.");
		}
		List<String> missing = new java.util.ArrayList<>(note.content().missingForSignature());
		missing.addAll(services.missingForSignature(note.content(), appointment));
		if (!missing.isEmpty()) {
			throw IncompleteVisitNoteException.missing(missing);
		}
		policy.requireAllowed(note.content(), appointment);
		services.requireConsistent(note.content(), appointment);
		services.requirePayer(note.content());
		LocalDate dateOfService = services.dateOfService(appointment);
		services.requireOnePerDate(note, dateOfService);
		CurrentStaff staff = CurrentStaff.require();
		notes.sign(noteId, note.version(), staff.userId(), clock.instant(), dateOfService);
		auditTrail.allowed(AuditAction.SIGN, AuditResource.VISIT_NOTE, noteId, note.patientId());
		VisitNoteView signed = withAddenda(notes.find(noteId).orElseThrow());
		events.publishEvent(new VisitNoteSigned(noteId, signed.appointmentId(), signed.patientId(),
				signed.therapistId(), java.util.Objects.requireNonNull(signed.signedAt())));
		return signed;
	}

	/**
	 * Adds an addendum to a signed note, by its author only; a draft is edited instead
	 * (409).
	 */
	@Transactional
	public AddendumView addAddendum(UUID noteId, AddAddendum command) {
		VisitNoteView note = notes.lock(noteId).orElseThrow(() -> ClinicException.notFound("visit note"));
		CurrentStaff staff = CurrentStaff.require();
		if (!staff.isTherapist(note.therapistId())) {
			throw AccessRefused.to(AuditAction.ADD_ADDENDUM, AuditResource.VISIT_NOTE, noteId, note.patientId());
		}
		if (note.status() != VisitNoteStatus.SIGNED) {
			throw ClinicException.conflict(VisitsProblems.VISIT_NOTE_NOT_SIGNED,
					"Addenda are added to signed notes; a draft is simply edited.");
		}
		AddendumView addendum = new AddendumView(UUID.randomUUID(), command.text(), staff.userId(), staff.username(),
				note.therapistId(), clock.instant());
		addenda.insert(noteId, addendum);
		auditTrail.allowed(AuditAction.ADD_ADDENDUM, AuditResource.VISIT_NOTE, noteId, note.patientId());
		return addendum;
	}

	private VisitNoteView writable(UUID noteId, AuditAction action, @Nullable Long expectedVersion) {
		VisitNoteView note = notes.lock(noteId).orElseThrow(() -> ClinicException.notFound("visit note"));
		if (!CurrentStaff.require().isTherapist(note.therapistId())) {
			throw AccessRefused.to(action, AuditResource.VISIT_NOTE, noteId, note.patientId());
		}
		if (note.status() == VisitNoteStatus.SIGNED) {
			throw SignedVisitNoteException.cannotChange();
		}
		if (expectedVersion != null && expectedVersion != note.version()) {
			throw StaleVersionException.of("visit note");
		}
		return note;
	}

	/**
	 * DOMAIN.md: no note for a visit that did not happen (cancelled or no-show), 422.
	 */
	private AppointmentView attended(UUID appointmentId) {
		AppointmentView appointment = appointments.find(appointmentId)
			.orElseThrow(() -> ClinicException.notFound("appointment"));
		if (appointment.status() == AppointmentStatus.CANCELLED || appointment.status() == AppointmentStatus.NO_SHOW) {
			throw ClinicException.ruleViolated(VisitsProblems.APPOINTMENT_NOT_ATTENDED,
					"A visit note documents a visit that took place; this appointment is "
							+ appointment.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".");
		}
		return appointment;
	}

	private VisitNoteView audited(VisitNoteView note) {
		auditTrail.allowed(AuditAction.READ, AuditResource.VISIT_NOTE, note.id(), note.patientId());
		return withAddenda(note);
	}

	private VisitNoteView withAddenda(VisitNoteView note) {
		return note.withAddenda(addenda.of(note.id()));
	}

}
