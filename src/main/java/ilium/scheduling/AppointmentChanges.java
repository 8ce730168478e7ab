package ilium.scheduling;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.shared.ClinicException;
import ilium.shared.ClinicProperties;
import ilium.shared.StaleVersionException;

/**
 * What happens to a booked appointment: it is moved, the patient checks in, the visit is
 * completed, the patient does not show, or it is cancelled. Each change locks the row,
 * honours {@code If-Match} (412 when stale), refuses an illegal transition (409) and
 * names the patient in the audit trail.
 */
@Service
public class AppointmentChanges {

	private static final String RESOURCE = "appointment";

	private final AppointmentRepository appointments;

	private final Booking booking;

	private final AuditTrail auditTrail;

	private final Clock clock;

	private final ClinicProperties clinic;

	AppointmentChanges(AppointmentRepository appointments, Booking booking, AuditTrail auditTrail, Clock clock,
			ClinicProperties clinic) {
		this.appointments = appointments;
		this.booking = booking;
		this.auditTrail = auditTrail;
		this.clock = clock;
		this.clinic = clinic;
	}

	/** Moves a {@code BOOKED} appointment (409 otherwise) under the booking rules. */
	@Transactional
	public AppointmentView reschedule(UUID appointmentId, RescheduleAppointment change,
			@Nullable Long expectedVersion) {
		AppointmentView current = locked(appointmentId, expectedVersion);
		booking.reschedule(current, change);
		return changed(AuditAction.RESCHEDULE, appointmentId);
	}

	/**
	 * The patient has arrived: {@code BOOKED → CHECKED_IN} (409 from any other status).
	 */
	@Transactional
	public AppointmentView checkIn(UUID appointmentId, @Nullable Long expectedVersion) {
		return move(appointmentId, AppointmentStatus.CHECKED_IN, expectedVersion);
	}

	/**
	 * The visit took place: {@code CHECKED_IN → COMPLETED} (409 from any other status).
	 */
	@Transactional
	public AppointmentView complete(UUID appointmentId, @Nullable Long expectedVersion) {
		return move(appointmentId, AppointmentStatus.COMPLETED, expectedVersion);
	}

	/** Marks a no-show; only once the start has passed (422 before). */
	@Transactional
	public AppointmentView noShow(UUID appointmentId, @Nullable Long expectedVersion) {
		return move(appointmentId, AppointmentStatus.NO_SHOW, expectedVersion);
	}

	/**
	 * Cancels a booked appointment, keeping the reason; late when less than the clinic's
	 * window before the start. The time is free again at once.
	 */
	@Transactional
	public AppointmentView cancel(UUID appointmentId, CancelAppointment command, @Nullable Long expectedVersion) {
		AppointmentView current = locked(appointmentId, expectedVersion);
		Transitions.require(current, AppointmentStatus.CANCELLED, clock.instant(), clinic.timeZone());
		boolean late = Transitions.lateCancellation(current, clock.instant(), clinic.lateCancellationWindow());
		appointments.changeStatus(appointmentId, AppointmentStatus.CANCELLED, clock.instant(), command.reason(), late);
		return changed(AuditAction.CANCEL, appointmentId);
	}

	private AppointmentView move(UUID appointmentId, AppointmentStatus to, @Nullable Long expectedVersion) {
		AppointmentView current = locked(appointmentId, expectedVersion);
		Transitions.require(current, to, clock.instant(), clinic.timeZone());
		appointments.changeStatus(appointmentId, to, clock.instant(), null, false);
		return changed(switch (to) {
			case CHECKED_IN -> AuditAction.CHECK_IN;
			case COMPLETED -> AuditAction.COMPLETE;
			case NO_SHOW -> AuditAction.NO_SHOW;
			case BOOKED, CANCELLED -> throw new IllegalArgumentException("not a move: " + to);
		}, appointmentId);
	}

	private AppointmentView locked(UUID appointmentId, @Nullable Long expectedVersion) {
		AppointmentView current = appointments.lock(appointmentId)
			.orElseThrow(() -> ClinicException.notFound(RESOURCE));
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw StaleVersionException.of(RESOURCE);
		}
		return current;
	}

	private AppointmentView changed(AuditAction action, UUID appointmentId) {
		AppointmentView appointment = appointments.find(appointmentId).orElseThrow();
		auditTrail.allowed(action, AuditResource.APPOINTMENT, appointment.id(), appointment.patientId());
		return appointment;
	}

}
