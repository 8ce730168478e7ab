package ilium.scheduling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.audit.AuditTrail;
import ilium.shared.ClinicException;
import ilium.shared.ClinicProperties;
import ilium.shared.CurrentStaff;
import ilium.shared.PageQuery;
import ilium.shared.PageView;
import ilium.shared.StaleVersionException;

/**
 * The clinic's appointment book: booking (single, series, idempotent retries),
 * rescheduling, the visit lifecycle, lists and availability. Nobody is ever
 * double-booked: PostgreSQL's exclusion constraints guarantee it. Every read or change
 * names its patient in the audit trail.
 */
@Service
public class AppointmentBook {

	/** API.md: a list covers at most 93 days, availability at most 31. */
	static final int MAX_LIST_DAYS = 93;

	static final int MAX_AVAILABILITY_DAYS = 31;

	private static final String RESOURCE = "appointment";

	private final AppointmentRepository appointments;

	private final AppointmentQueries queries;

	private final Booking booking;

	private final IdempotencyKeys idempotencyKeys;

	private final Availability availability;

	private final AuditTrail auditTrail;

	private final Clock clock;

	private final ClinicProperties clinic;

	AppointmentBook(AppointmentRepository appointments, AppointmentQueries queries, Booking booking,
			IdempotencyKeys idempotencyKeys, Availability availability, AuditTrail auditTrail, Clock clock,
			ClinicProperties clinic) {
		this.appointments = appointments;
		this.queries = queries;
		this.booking = booking;
		this.idempotencyKeys = idempotencyKeys;
		this.availability = availability;
		this.auditTrail = auditTrail;
		this.clock = clock;
		this.clinic = clinic;
	}

	/** The appointment with this id, for modules that attach records to a visit. */
	@Transactional(readOnly = true)
	public Optional<AppointmentView> find(UUID appointmentId) {
		return appointments.find(appointmentId);
	}

	/** The appointment, audited as a read of its patient's record; 404 when unknown. */
	@Transactional
	public AppointmentView read(UUID appointmentId) {
		AppointmentView appointment = appointments.find(appointmentId)
			.orElseThrow(() -> ClinicException.notFound(RESOURCE));
		audit("READ", appointment);
		return appointment;
	}

	/**
	 * Books one appointment: 409 ({@link AppointmentConflictException}) on an overlap,
	 * 422 outside working hours or in time off. With an {@code idempotencyKey} a retry
	 * answers the first result.
	 */
	@Transactional
	public AppointmentView book(BookAppointment command, @Nullable String idempotencyKey) {
		UUID id = UUID.randomUUID();
		if (idempotencyKey != null) {
			Optional<IdempotencyKeys.Claimed> earlier = claim(idempotencyKey, command, id, null);
			if (earlier.isPresent()) {
				return read(Objects.requireNonNull(earlier.get().appointmentId()));
			}
		}
		AppointmentView booked = booking.book(id, command);
		audit("CREATE", booked);
		return booked;
	}

	/** Books a series all or none; 409 listing every conflicting start. */
	@Transactional
	public List<AppointmentView> bookSeries(BookSeries command, @Nullable String idempotencyKey) {
		UUID seriesId = UUID.randomUUID();
		if (idempotencyKey != null) {
			Optional<IdempotencyKeys.Claimed> earlier = claim(idempotencyKey, command, null, seriesId);
			if (earlier.isPresent()) {
				List<AppointmentView> series = appointments.ofSeries(Objects.requireNonNull(earlier.get().seriesId()));
				series.forEach(appointment -> audit("READ", appointment));
				return series;
			}
		}
		booking.bookSeries(seriesId, command);
		List<AppointmentView> series = appointments.ofSeries(seriesId);
		series.forEach(appointment -> audit("CREATE", appointment));
		return series;
	}

	/** Moves a {@code BOOKED} appointment (409 otherwise) under the booking rules. */
	@Transactional
	public AppointmentView reschedule(UUID appointmentId, RescheduleAppointment change,
			@Nullable Long expectedVersion) {
		AppointmentView current = locked(appointmentId, expectedVersion);
		booking.reschedule(current, change);
		return changed("RESCHEDULE", appointmentId);
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
		Transitions.require(current, AppointmentStatus.CANCELLED, clock.instant());
		boolean late = Transitions.lateCancellation(current, clock.instant(), clinic.lateCancellationWindow());
		appointments.changeStatus(appointmentId, AppointmentStatus.CANCELLED, clock.instant(), command.reason(), late);
		return changed("CANCEL", appointmentId);
	}

	/**
	 * Appointments starting between the clinic-local dates {@code from} and {@code to}
	 * (inclusive, at most 93 days), optionally filtered, by start.
	 */
	@Transactional
	public PageView<AppointmentView> list(LocalDate from, LocalDate to, @Nullable UUID therapistId,
			@Nullable UUID patientId, @Nullable AppointmentStatus status, PageQuery page) {
		DateRange range = DateRange.of(from, to, MAX_LIST_DAYS);
		ZoneId zone = clinic.timeZone();
		AppointmentFilter filter = new AppointmentFilter(range.start(zone), range.end(zone), therapistId, patientId,
				status);
		List<AppointmentView> content = queries.list(filter, page);
		content.forEach(appointment -> audit("LIST", appointment));
		return PageView.of(content, page, queries.count(filter));
	}

	/**
	 * The therapist's free slots of {@code durationMinutes} on the 15-minute grid between
	 * the clinic-local dates {@code from} and {@code to} (inclusive, at most 31 days).
	 */
	@Transactional(readOnly = true)
	public List<TimeSlot> availability(UUID therapistId, LocalDate from, LocalDate to, int durationMinutes) {
		DateRange range = DateRange.of(from, to, MAX_AVAILABILITY_DAYS);
		Booking.requireFiveMinuteGrid(durationMinutes);
		return availability.of(therapistId, range, durationMinutes);
	}

	private AppointmentView move(UUID appointmentId, AppointmentStatus to, @Nullable Long expectedVersion) {
		AppointmentView current = locked(appointmentId, expectedVersion);
		Transitions.require(current, to, clock.instant());
		appointments.changeStatus(appointmentId, to, clock.instant(), null, false);
		return changed(to.name(), appointmentId);
	}

	private AppointmentView locked(UUID appointmentId, @Nullable Long expectedVersion) {
		AppointmentView current = appointments.lock(appointmentId)
			.orElseThrow(() -> ClinicException.notFound(RESOURCE));
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw StaleVersionException.of(RESOURCE);
		}
		return current;
	}

	private AppointmentView changed(String action, UUID appointmentId) {
		AppointmentView appointment = appointments.find(appointmentId).orElseThrow();
		audit(action, appointment);
		return appointment;
	}

	private Optional<IdempotencyKeys.Claimed> claim(String key, Object command, @Nullable UUID appointmentId,
			@Nullable UUID seriesId) {
		IdempotencyKeys.requireValid(key);
		return idempotencyKeys.claim(CurrentStaff.require().userId(), key, command, appointmentId, seriesId,
				clock.instant());
	}

	private void audit(String action, AppointmentView appointment) {
		auditTrail.allowed(action, RESOURCE, appointment.id(), appointment.patientId());
	}

}
