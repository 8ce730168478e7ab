package ilium.therapists;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.shared.ClinicException;
import ilium.shared.ClinicProperties;
import ilium.shared.CurrentStaff;
import ilium.shared.DatabaseConstraint;
import ilium.shared.PageQuery;
import ilium.shared.PageView;

/**
 * Therapists' time off (API.md, Therapists): recorded within bounds
 * ({@link TimeOffPolicy}), listed by clinic-local dates, and cancelled (kept, never
 * deleted), which frees its time for availability and booking at once.
 */
@Service
public class TimeOffCalendar {

	/** A list covers at most a (leap) year of clinic-local dates. */
	static final int MAX_LIST_DAYS = 366;

	private static final String RESOURCE = "time off";

	private final TherapistRepository therapists;

	private final TimeOffRepository timeOff;

	private final Clock clock;

	private final ZoneId zone;

	TimeOffCalendar(TherapistRepository therapists, TimeOffRepository timeOff, Clock clock, ClinicProperties clinic) {
		this.therapists = therapists;
		this.timeOff = timeOff;
		this.clock = clock;
		this.zone = clinic.timeZone();
	}

	/** Records time off {@code [start, end)}; 400 naming the field outside the bounds. */
	@Transactional
	public TimeOffView add(UUID therapistId, PlanTimeOff plan) {
		requireTherapist(therapistId);
		TimeOffPolicy.check(plan, clock.instant());
		TimeOffView added = new TimeOffView(UUID.randomUUID(), therapistId, plan.start(), plan.end(), plan.reason(),
				false);
		try {
			timeOff.insert(added, clock.instant());
		}
		catch (DataIntegrityViolationException ex) {
			throw TimeOffPolicy.translated(ex, DatabaseConstraint.violatedBy(ex).orElse(""));
		}
		return added;
	}

	/** One time off of the therapist; 404 when unknown. */
	@Transactional(readOnly = true)
	TimeOffView read(UUID therapistId, UUID timeOffId) {
		return timeOff.find(therapistId, timeOffId).orElseThrow(() -> ClinicException.notFound(RESOURCE));
	}

	/** Cancels it (kept, {@code cancelled:true}); 409 when it already was. */
	@Transactional
	public TimeOffView cancel(UUID therapistId, UUID timeOffId) {
		if (!timeOff.cancel(therapistId, timeOffId, clock.instant(), CurrentStaff.require().userId())) {
			read(therapistId, timeOffId);
			throw ClinicException.conflict(TherapistsProblems.TIME_OFF_CANCELLED,
					"This time off is already cancelled.");
		}
		return read(therapistId, timeOffId);
	}

	/**
	 * The therapist's time off, cancelled included, overlapping the clinic-local dates
	 * {@code from} to {@code to} (inclusive, at most {@value #MAX_LIST_DAYS} days), by
	 * start.
	 */
	@Transactional(readOnly = true)
	public PageView<TimeOffView> list(UUID therapistId, LocalDate from, LocalDate to, PageQuery page) {
		if (to.isBefore(from)) {
			throw ClinicException.badRequest("to", "must not be before from");
		}
		if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_LIST_DAYS) {
			throw ClinicException.badRequest("to", "the range covers at most " + MAX_LIST_DAYS + " days");
		}
		requireTherapist(therapistId);
		var start = from.atStartOfDay(zone).toInstant();
		var end = to.plusDays(1).atStartOfDay(zone).toInstant();
		return PageView.of(timeOff.overlapping(therapistId, start, end, page), page,
				timeOff.countOverlapping(therapistId, start, end));
	}

	private void requireTherapist(UUID therapistId) {
		therapists.find(therapistId).orElseThrow(() -> ClinicException.notFound("therapist"));
	}

}
