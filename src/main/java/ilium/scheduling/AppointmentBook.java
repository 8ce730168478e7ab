package ilium.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.shared.ClinicException;
import ilium.shared.ClinicProperties;
import ilium.shared.CurrentStaff;
import ilium.shared.PageQuery;
import ilium.shared.PageView;

/**
 * The clinic's appointment book: booking (single, series, idempotent retries), reads,
 * lists and availability; {@link AppointmentChanges} moves and closes appointments.
 * Nobody is ever double-booked: PostgreSQL's exclusion constraints guarantee it. Every
 * read or change names its patient in the audit trail.
 */
@Service
public class AppointmentBook {

	/** API.md: a list covers at most 93 days, availability at most 31. */
	static final int MAX_LIST_DAYS = 93;

	/** The open bounds of {@link #search}: before and after any appointment. */
	private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

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

	/**
	 * The appointment, audited as a read of its patient's record; 404 when unknown. One
	 * SELECT, so no transaction of its own (see {@code AuditTrail#record}).
	 */
	public AppointmentView read(UUID appointmentId) {
		AppointmentView appointment = appointments.find(appointmentId)
			.orElseThrow(() -> ClinicException.notFound(RESOURCE));
		audit(AuditAction.READ, appointment);
		return appointment;
	}

	/**
	 * Books one appointment: 409 ({@link AppointmentConflictException}) on an overlap,
	 * 422 outside working hours or in time off. With an {@code idempotencyKey} a retry
	 * answers the first result. One statement, atomic in PostgreSQL
	 * ({@link SingleBooking}), so no transaction here: none would hold more.
	 */
	public AppointmentView book(BookAppointment command, @Nullable String idempotencyKey) {
		IdempotencyKeys.Claim claim = null;
		if (idempotencyKey != null) {
			IdempotencyKeys.requireValid(idempotencyKey);
			claim = IdempotencyKeys.Claim.of(idempotencyKey, command);
		}
		return booking.book(UUID.randomUUID(), command, claim);
	}

	/** Books a series all or none; 409 listing every conflicting start. */
	@Transactional
	public List<AppointmentView> bookSeries(BookSeries command, @Nullable String idempotencyKey) {
		UUID seriesId = UUID.randomUUID();
		if (idempotencyKey != null) {
			Optional<IdempotencyKeys.Claimed> earlier = claim(idempotencyKey, command, null, seriesId);
			if (earlier.isPresent()) {
				List<AppointmentView> series = appointments.ofSeries(Objects.requireNonNull(earlier.get().seriesId()));
				series.forEach(appointment -> audit(AuditAction.READ, appointment));
				return series;
			}
		}
		booking.bookSeries(seriesId, command);
		List<AppointmentView> series = appointments.ofSeries(seriesId);
		series.forEach(appointment -> audit(AuditAction.CREATE, appointment));
		return series;
	}

	/**
	 * Appointments starting between the clinic-local dates {@code from} and {@code to}
	 * (inclusive, at most 93 days), optionally filtered, by start.
	 */
	@Transactional(readOnly = true)
	public PageView<AppointmentView> list(LocalDate from, LocalDate to, @Nullable UUID therapistId,
			@Nullable UUID patientId, @Nullable AppointmentStatus status, PageQuery page) {
		DateRange range = DateRange.of(from, to, MAX_LIST_DAYS);
		ZoneId zone = clinic.timeZone();
		AppointmentFilter filter = new AppointmentFilter(range.start(zone), range.end(zone), therapistId, patientId,
				status);
		List<AppointmentView> content = queries.list(filter, page);
		content.forEach(appointment -> audit(AuditAction.LIST, appointment));
		return PageView.of(content, page, queries.count(filter));
	}

	/**
	 * Appointments starting in {@code [from, to)} (either bound may be open), optionally
	 * of one therapist and one patient, by start; each listed is audited as in
	 * {@link #list}. For searches by instant rather than by clinic day (FHIR).
	 */
	@Transactional(readOnly = true)
	public PageView<AppointmentView> search(@Nullable Instant from, @Nullable Instant to, @Nullable UUID therapistId,
			@Nullable UUID patientId, PageQuery page) {
		AppointmentFilter filter = new AppointmentFilter(from == null ? EARLIEST : from, to == null ? LATEST : to,
				therapistId, patientId, null);
		List<AppointmentView> content = queries.list(filter, page);
		content.forEach(appointment -> audit(AuditAction.LIST, appointment));
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

	private Optional<IdempotencyKeys.Claimed> claim(String key, Object command, @Nullable UUID appointmentId,
			@Nullable UUID seriesId) {
		IdempotencyKeys.requireValid(key);
		return idempotencyKeys.claim(CurrentStaff.require().userId(), key, command, appointmentId, seriesId,
				clock.instant());
	}

	private void audit(AuditAction action, AppointmentView appointment) {
		auditTrail.allowed(action, AuditResource.APPOINTMENT, appointment.id(), appointment.patientId());
	}

}
