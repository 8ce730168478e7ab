package ilium.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import ilium.episode.Discharges;

/**
 * Rows for report tests, straight in the database so that every count is known exactly.
 * Times are clinic-local (America/Los_Angeles).
 */
final class ReportData {

	static final ZoneId CLINIC = ZoneId.of("America/Los_Angeles");

	private final JdbcClient jdbc;

	ReportData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID therapist(String lastName) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into therapist (id, first_name, last_name, license_number)
				values (:id, 'Report', :lastName, :license)
				""").param("id", id).param("lastName", lastName).param("license", "REP-" + id).update();
		return id;
	}

	void workingHours(UUID therapist, int isoDay, String start, String end) {
		jdbc.sql("""
				insert into therapist_working_hours (therapist_id, day_of_week, start_time, end_time)
				values (:therapist, :day, cast(:start as time), cast(:end as time))
				""")
			.param("therapist", therapist)
			.param("day", isoDay)
			.param("start", start)
			.param("end", end)
			.update();
	}

	void timeOff(UUID therapist, LocalDateTime start, LocalDateTime end) {
		jdbc.sql("""
				insert into therapist_time_off (id, therapist_id, starts_at, ends_at, created_at)
				values (:id, :therapist, :start, :end, now())
				""")
			.param("id", UUID.randomUUID())
			.param("therapist", therapist)
			.param("start", local(start))
			.param("end", local(end))
			.update();
	}

	UUID patient(Instant createdAt) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into patient (id, first_name, last_name, date_of_birth, created_at)
				values (:id, 'Report', :lastName, date '1970-01-01', :createdAt)
				""")
			.param("id", id)
			.param("lastName", "Patient-" + id)
			.param("createdAt", Timestamp.from(createdAt))
			.update();
		return id;
	}

	void appointment(UUID therapist, UUID patient, LocalDateTime start, int minutes, String status, boolean late) {
		jdbc.sql(
				"""
						insert into appointment (id, patient_id, therapist_id, starts_at, ends_at, duration_minutes, type, status,
						                         cancellation_reason, late_cancellation, created_at)
						values (:id, :patient, :therapist, :start, :end, :minutes, 'FOLLOW_UP', :status,
						        case when :status = 'CANCELLED' then 'Called in' end, :late, now())
						""")
			.param("id", UUID.randomUUID())
			.param("patient", patient)
			.param("therapist", therapist)
			.param("start", local(start))
			.param("end", local(start.plusMinutes(minutes)))
			.param("minutes", minutes)
			.param("status", status)
			.param("late", late)
			.update();
	}

	/**
	 * A plan in {@code status}, written under the treatment module's rules: born a DRAFT
	 * with a goal, activated at {@code activatedAt} when given, then ended at
	 * {@code endedAt}, each move in its status history.
	 */
	UUID plan(UUID patient, UUID therapist, UUID protocol, String status, Instant activatedAt, Instant endedAt) {
		UUID id = UUID.randomUUID();
		UUID author = UUID.randomUUID();
		jdbc.sql(
				"""
						with plan as (
						    insert into treatment_plan (id, patient_id, therapist_id, protocol_id, protocol_version,
						                                diagnosis_code, visits_per_week, duration_weeks, start_date,
						                                education_topics, created_at, created_by)
						    values (:id, :patient, :therapist, :protocol, case when :protocol::uuid is null then null else 1 end,
						            'M53.3', 2, 6, date '2026-01-01', '{}', now(), :author)
						    returning id),
						goal as (insert into treatment_plan_goal (plan_id, position, description) select id, 1, 'Sit' from plan)
						insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by)
						select id, 1, 'DRAFT', now(), :author from plan
						""")
			.param("id", id)
			.param("patient", patient)
			.param("therapist", therapist)
			.param("protocol", protocol)
			.param("author", author)
			.update();
		if (activatedAt != null) {
			move(id, 2, "ACTIVE", activatedAt, author);
		}
		if (status.equals("COMPLETED") || status.equals("DISCONTINUED")) {
			move(id, activatedAt == null ? 2 : 3, status, endedAt, author);
		}
		return id;
	}

	private void move(UUID plan, int seq, String status, Instant at, UUID author) {
		if (status.equals("COMPLETED")) {
			Discharges.signedSummaryRow(jdbc, plan, LocalDate.ofInstant(at, ZoneId.of("UTC")));
		}
		jdbc.sql("""
				with moved as (
				    update treatment_plan
				       set status = :status,
				           activated_at = case when :status = 'ACTIVE' then :at else activated_at end,
				           completed_at = case when :status = 'COMPLETED' then :at else completed_at end,
				           discontinued_at = case when :status = 'DISCONTINUED' then :at else discontinued_at end,
				           discontinue_reason = case when :status = 'DISCONTINUED' then 'Moved away' end
				     where id = :id
				    returning id)
				insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by)
				select id, :seq, :status, :at, :author from moved
				""")
			.param("id", plan)
			.param("seq", seq)
			.param("status", status)
			.param("at", Timestamp.from(at))
			.param("author", author)
			.update();
	}

	UUID nprs(UUID patient, UUID plan, LocalDate takenOn, int score) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into outcome_measure (id, patient_id, treatment_plan_id, instrument, taken_on, score, nprs_score,
				                             recorded_by, created_at)
				values (:id, :patient, :plan, 'NPRS', :takenOn, :score, :score, :recordedBy, now())
				""")
			.param("id", id)
			.param("patient", patient)
			.param("plan", plan)
			.param("takenOn", takenOn)
			.param("score", score)
			.param("recordedBy", UUID.randomUUID())
			.update();
		return id;
	}

	/**
	 * A PSFS of the activities scored as their mean, measure and activities in one
	 * statement (PostgreSQL checks the mean when it commits).
	 */
	UUID psfs(UUID patient, UUID plan, LocalDate takenOn, Map<String, Integer> activities) {
		UUID id = UUID.randomUUID();
		List<String> names = List.copyOf(activities.keySet());
		jdbc.sql(
				"""
						with measure as (
						    insert into outcome_measure (id, patient_id, treatment_plan_id, instrument, taken_on, score,
						                                 recorded_by, created_at)
						    values (:id, :patient, :plan, 'PSFS', :takenOn,
						            (select round(avg(s), 2) from unnest(cast(:scores as integer[])) s), :recordedBy, now())
						    returning id)
						insert into psfs_activity (outcome_measure_id, position, name, score)
						select measure.id, a.position, a.name, a.score
						  from measure, unnest(cast(:names as text[]), cast(:scores as integer[])) with ordinality a(name, score, position)
						""")
			.param("id", id)
			.param("patient", patient)
			.param("plan", plan)
			.param("takenOn", takenOn)
			.param("names", names.toArray(String[]::new))
			.param("scores", names.stream().map(activities::get).toArray(Integer[]::new))
			.param("recordedBy", UUID.randomUUID())
			.update();
		return id;
	}

	/** Marks the measure entered in error, as the service does. */
	void enteredInError(UUID measure) {
		jdbc.sql("""
				update outcome_measure
				   set entered_in_error_at = now(), entered_in_error_reason = 'Entered for the wrong patient',
				       entered_in_error_by = (select id from staff_account order by id limit 1)
				 where id = :id
				""").param("id", measure).update();
	}

	static Timestamp local(LocalDateTime time) {
		return Timestamp.from(time.atZone(CLINIC).toInstant());
	}

}
