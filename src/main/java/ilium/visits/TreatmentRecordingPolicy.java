package ilium.visits;

import org.springframework.stereotype.Component;

import ilium.assessment.RedFlagGate;
import ilium.scheduling.AppointmentView;

/**
 * What a visit note may record of the treatment given (DOMAIN.md), checked when a note is
 * opened, revised and signed:
 * <ul>
 * <li>the red-flag gate: no manual therapy and no exercises while the patient has a
 * referral no physician has cleared (422 {@code unresolved-red-flags}); a note that
 * treats nothing documents the visit, and the referral;</li>
 * <li>the visit's length: the manual therapy minutes add up to at most the appointment's
 * duration (422 {@code manual-therapy-exceeds-visit}). PostgreSQL holds this one too
 * (V66), against its own copy of the duration.</li>
 * </ul>
 */
@Component
class TreatmentRecordingPolicy {

	private final RedFlagGate redFlags;

	TreatmentRecordingPolicy(RedFlagGate redFlags) {
		this.redFlags = redFlags;
	}

	void requireAllowed(DraftVisitNote content, AppointmentView appointment) {
		if (content.recordsTreatment()) {
			redFlags.requireNoUnresolvedReferral(appointment.patientId());
		}
		int minutes = content.manualTherapyMinutes();
		if (minutes > appointment.durationMinutes()) {
			throw ManualTherapyExceedsVisitException.of(minutes, appointment.durationMinutes());
		}
	}

}
