package ilium.scheduling;

/**
 * Where an appointment is in its life: {@code BOOKED → CHECKED_IN → COMPLETED};
 * {@code BOOKED → CANCELLED}; {@code BOOKED → NO_SHOW}.
 */
public enum AppointmentStatus {

	BOOKED, CHECKED_IN, COMPLETED, CANCELLED, NO_SHOW

}
