package ilium.therapists;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.shared.ClinicException;
import ilium.shared.DatabaseConstraint;
import ilium.shared.MergePatch;
import ilium.shared.PageQuery;
import ilium.shared.PageView;
import ilium.shared.StaleVersionException;
import tools.jackson.databind.JsonNode;

/**
 * The clinic's therapists: profiles with a unique license number, weekly working hours in
 * the clinic's time zone, and time off.
 */
@Service
public class TherapistRoster {

	private static final String RESOURCE = "therapist";

	private final TherapistRepository therapists;

	private final WorkingWeek week;

	private final MergePatch mergePatch;

	private final TimeOffRepository timeOff;

	TherapistRoster(TherapistRepository therapists, WorkingWeek week, MergePatch mergePatch,
			TimeOffRepository timeOff) {
		this.therapists = therapists;
		this.week = week;
		this.mergePatch = mergePatch;
		this.timeOff = timeOff;
	}

	/** Whether a therapist with this id exists (active or not). */
	@Transactional(readOnly = true)
	public boolean exists(UUID therapistId) {
		return therapists.find(therapistId).isPresent();
	}

	/**
	 * Adds a therapist; 409 when the license number or the NPI is already on the roster.
	 */
	@Transactional
	public TherapistView register(CreateTherapist therapist) {
		UUID id = UUID.randomUUID();
		try {
			therapists.insert(id, therapist);
		}
		catch (DataIntegrityViolationException ex) {
			throw translated(ex);
		}
		return therapists.find(id).orElseThrow();
	}

	/** The therapist's profile; 404 when unknown. */
	@Transactional(readOnly = true)
	public TherapistView read(UUID therapistId) {
		return therapists.find(therapistId).orElseThrow(() -> ClinicException.notFound(RESOURCE));
	}

	/** All therapists, active or not, by name. */
	@Transactional(readOnly = true)
	public PageView<TherapistView> list(PageQuery page) {
		return PageView.of(therapists.list(page), page, therapists.count());
	}

	/**
	 * Applies a JSON merge patch of the profile ({@code firstName}, {@code lastName},
	 * {@code licenseNumber}, {@code email}, {@code phone}, {@code npi}, {@code active}).
	 */
	@Transactional
	public TherapistView change(UUID therapistId, JsonNode patch, @Nullable Long expectedVersion) {
		TherapistView current = therapists.lock(therapistId).orElseThrow(() -> ClinicException.notFound(RESOURCE));
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw StaleVersionException.of(RESOURCE);
		}
		TherapistProfile changed = mergePatch.apply(current.profile(), patch, TherapistProfile.class);
		try {
			therapists.update(therapistId, changed, current.version());
		}
		catch (DataIntegrityViolationException ex) {
			throw translated(ex);
		}
		return therapists.find(therapistId).orElseThrow();
	}

	/**
	 * The therapist, weekly hours and the time off (not cancelled) overlapping
	 * {@code [from, to)}, read in one transaction; 404 when the therapist is unknown. For
	 * booking and availability.
	 */
	@Transactional(readOnly = true)
	public TherapistDiary diary(UUID therapistId, Instant from, Instant to) {
		return new TherapistDiary(read(therapistId), week.hours(therapistId), timeOff.blocking(therapistId, from, to));
	}

	/** The therapist's weekly hours, by day and start. */
	@Transactional(readOnly = true)
	public List<WorkingHours> workingHours(UUID therapistId) {
		read(therapistId);
		return week.hours(therapistId);
	}

	/**
	 * Replaces the therapist's weekly hours; 400 naming the entry when one is incomplete,
	 * ends before it starts, or overlaps another on the same day.
	 */
	@Transactional
	public List<WorkingHours> replaceWorkingHours(UUID therapistId, List<@Nullable WorkingHours> hours) {
		therapists.lock(therapistId).orElseThrow(() -> ClinicException.notFound(RESOURCE));
		List<WorkingHours> checked = WeeklyHoursPolicy.check(hours);
		week.replaceHours(therapistId, checked);
		return week.hours(therapistId);
	}

	private static RuntimeException translated(DataIntegrityViolationException ex) {
		if (DatabaseConstraint.is(ex, "therapist_license_number_unique")) {
			return ClinicException.conflict(TherapistsProblems.DUPLICATE_LICENSE_NUMBER,
					"Another therapist already holds this license number.");
		}
		if (DatabaseConstraint.is(ex, "therapist_npi_unique")) {
			return ClinicException.conflict(TherapistsProblems.DUPLICATE_NPI,
					"Another therapist already holds this NPI.");
		}
		return ex;
	}

}
