package ilium.scheduling;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ilium.shared.CurrentStaff;

/**
 * Books one appointment in one round trip: a single call of PostgreSQL's
 * {@code book_appointment} (V88), sent on its own with no transaction around it, so the
 * statement is its own transaction and there is no BEGIN or COMMIT to wait for.
 * <p>
 * Why a function: booking one appointment was seven statements in a row (the key, the
 * patient, the therapist, hours and time off, the insert, the audit line, the commit),
 * each waiting for the one before. Every one of those checks can be made where the rows
 * are, so the function makes them all and the service waits once.
 * <p>
 * What it guarantees, in one transaction: the Idempotency-Key is claimed (a retry answers
 * the first result, a racing retry waits on the key's primary key); the patient and the
 * therapist exist and are active; the slot lies inside the therapist's working hours by
 * {@link WorkingDay}'s rule (held to the Java rule by WorkingHoursAgreementTests) and
 * outside their time off; the exclusion constraints refuse any overlap; and the CREATE
 * line of the audit trail is written with the appointment or not at all. A refusal comes
 * back as the name of the rule broken, which {@link Booking} turns into the same problem
 * as ever. The duration's grid and the booking horizon are checked before the call.
 */
@Repository
class SingleBooking {

	private final JdbcClient jdbc;

	SingleBooking(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Books the appointment for the staff member, under the idempotency key if one is
	 * given; answers the stored appointment, or the earlier one a retried key booked.
	 * Fails with the name of the rule broken.
	 */
	AppointmentView book(NewAppointment appointment, CurrentStaff staff, ZoneId zone,
			IdempotencyKeys.@Nullable Claim claim) {
		return jdbc.sql("""
				select * from book_appointment(
				    id => :id, patient_id => :patientId, therapist_id => :therapistId, starts_at => :start,
				    duration_minutes => :duration, type => :type, note => :note, booked_at => :bookedAt,
				    clinic_time_zone => :zone, staff_user_id => :userId, staff_username => :username,
				    staff_role => :role, idempotency_key => :key, request_hash => :requestHash)
				""")
			.param("id", appointment.id())
			.param("patientId", appointment.patientId())
			.param("therapistId", appointment.therapistId())
			.param("start", Timestamp.from(appointment.start()))
			.param("duration", appointment.durationMinutes())
			.param("type", appointment.type().name())
			.param("note", appointment.note())
			.param("bookedAt", Timestamp.from(appointment.createdAt()))
			.param("zone", postgresZone(zone))
			.param("userId", staff.userId())
			.param("username", staff.username())
			.param("role", staff.role().name())
			.param("key", claim == null ? null : claim.key())
			.param("requestHash", claim == null ? null : claim.requestHash())
			.query(AppointmentRepository::view)
			.single();
	}

	/**
	 * The zone as PostgreSQL names it: a region by its id; a fixed offset written the
	 * POSIX way, where east of Greenwich is negative (PostgreSQL would read
	 * {@code +02:00} as two hours west).
	 */
	static String postgresZone(ZoneId zone) {
		if (zone.normalized() instanceof ZoneOffset offset) {
			int west = -offset.getTotalSeconds();
			int seconds = Math.abs(west);
			return String.format("CLINIC%s%02d:%02d:%02d", west < 0 ? "-" : "+", seconds / 3600, seconds / 60 % 60,
					seconds % 60);
		}
		return zone.getId();
	}

}
