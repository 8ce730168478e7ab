package ilium.reporting;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reports' SQL, over the {@code report_*} views only. Means are rounded to two
 * decimals, rates to four.
 */
@Repository
class ReportQueries {

	private final JdbcClient jdbc;

	ReportQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ClinicSummary clinicSummary(ReportPeriod period, ZoneId zone) {
		return jdbc
			.sql("""
					with visits as (
					    select count(*) as booked,
					           count(*) filter (where status = 'COMPLETED') as completed,
					           count(*) filter (where status = 'CANCELLED') as cancelled,
					           count(*) filter (where status = 'CANCELLED' and late_cancellation) as late,
					           count(*) filter (where status = 'NO_SHOW') as no_shows
					      from report_appointment
					     where starts_at >= :start and starts_at < :end)
					select booked, completed, cancelled, late, no_shows,
					       coalesce(round(no_shows::numeric / nullif(completed + no_shows, 0), 4), 0.0000) as no_show_rate,
					       (select count(*) from report_patient where created_at >= :start and created_at < :end) as new_patients,
					       (select count(*) from report_treatment_plan
					         where activated_at < :end and (ended_at is null or ended_at >= :start)) as active_plans
					  from visits
					""")
			.param("start", Timestamp.from(period.start(zone)))
			.param("end", Timestamp.from(period.end(zone)))
			.query((rs, row) -> new ClinicSummary(rs.getLong("booked"), rs.getLong("completed"),
					rs.getLong("cancelled"), rs.getLong("late"), rs.getLong("no_shows"),
					rs.getBigDecimal("no_show_rate"), rs.getLong("new_patients"), rs.getLong("active_plans")))
			.single();
	}

	/**
	 * Patients with a measure taken in the period, linked to a plan of the group; per
	 * patient and instrument, baseline is the first and latest the newest measure in that
	 * group's plans up to the period's end, measures entered in error left out
	 * (DOMAIN.md, as in the patient's summary). The first and newest are picked as the
	 * least and greatest {@code [day, seq, score]} array, which needs no sort per patient
	 * (an ordered {@code array_agg} does; 15 % of the report's time on the benchmark's
	 * data). Change and MCID compare like with like: for the PSFS over the activities
	 * both measures share ({@code psfs_comparable_means}, the rule the patient's summary
	 * applies), and a patient whose two PSFS share none has no change and no verdict, so
	 * counts in {@code patients}, {@code meanBaseline} and {@code meanLatest} only.
	 */
	List<OutcomeReportRow> outcomes(ReportPeriod period, OutcomeGrouping grouping) {
		return jdbc.sql("""
				with in_period as (
				    select distinct case when :byTherapist then p.therapist_id else p.protocol_id end as group_id,
				           o.patient_id, o.instrument
				      from report_outcome o
				      join report_treatment_plan p on p.id = o.treatment_plan_id
				     where o.taken_on between :from and :to and (:byTherapist or p.protocol_id is not null)),
				per_patient as (
				    select m.group_id, m.patient_id, m.instrument, ends.first, ends.last
				      from in_period m
				      cross join lateral (
				          select min(array[o.taken_on - date '2000-01-01', o.seq, o.score]) as first,
				                 max(array[o.taken_on - date '2000-01-01', o.seq, o.score]) as last
				            from report_outcome o
				            join report_treatment_plan p on p.id = o.treatment_plan_id
				           where o.patient_id = m.patient_id and o.instrument = m.instrument and o.taken_on <= :to
				             and m.group_id = case when :byTherapist then p.therapist_id else p.protocol_id end) ends),
				compared as (
				    select group_id, instrument, first[3] as baseline, last[3] as latest,
				           first[3] as compared_baseline, last[3] as compared_latest
				      from per_patient
				     where instrument <> 'PSFS'
				    union all
				    select pp.group_id, pp.instrument, pp.first[3], pp.last[3], c.baseline, c.latest
				      from per_patient pp
				      cross join lateral (select array_agg(a.name) as names, array_agg(a.score) as scores
				                            from report_psfs_activity a where a.outcome_seq = pp.first[2]::bigint) b
				      cross join lateral (select array_agg(a.name) as names, array_agg(a.score) as scores
				                            from report_psfs_activity a where a.outcome_seq = pp.last[2]::bigint) l
				      cross join lateral psfs_comparable_means(b.names, b.scores, l.names, l.scores) c
				     where pp.instrument = 'PSFS')
				select c.group_id, g.name, count(*) as patients, c.instrument,
				       round(avg(baseline), 2) as mean_baseline, round(avg(latest), 2) as mean_latest,
				       round(avg(compared_latest - compared_baseline), 2) as mean_change,
				       round(avg(case outcome_improved_by_mcid(c.instrument, compared_baseline, compared_latest)
				                 when true then 1 when false then 0 end), 4) as improved_rate
				  from compared c
				  join (select id, name from report_therapist where :byTherapist
				        union all
				        select id, name from report_protocol where not :byTherapist) g on g.id = c.group_id
				 group by c.group_id, g.name, c.instrument
				 order by g.name, c.group_id, c.instrument
				""")
			.param("byTherapist", grouping == OutcomeGrouping.THERAPIST)
			.param("from", period.from())
			.param("to", period.to())
			.query((rs, row) -> new OutcomeReportRow(rs.getObject("group_id", UUID.class), rs.getString("name"),
					rs.getLong("patients"), rs.getString("instrument"), rs.getBigDecimal("mean_baseline"),
					rs.getBigDecimal("mean_latest"), rs.getBigDecimal("mean_change"), rs.getBigDecimal("improved_rate"),
					false))
			.list();
	}

	/**
	 * Available time lays each weekday's working hours over the period's clinic-local
	 * dates (so a day that changes to or from daylight-saving time keeps its local hours)
	 * and removes time off, counted once however many entries overlap.
	 */
	List<UtilizationRow> utilization(ReportPeriod period, ZoneId zone) {
		return jdbc
			.sql("""
					with shifts as (
					    select w.therapist_id,
					           tstzrange((d::date + w.start_time) at time zone :zone, (d::date + w.end_time) at time zone :zone) as span
					      from generate_series(:from::date, :to::date, interval '1 day') d
					      join report_working_hours w on w.day_of_week = extract(isodow from d)),
					available as (
					    select s.therapist_id,
					           sum((select coalesce(sum(extract(epoch from upper(free) - lower(free))), 0)
					                  from unnest(multirange(s.span) - coalesce(
					                      (select range_agg(t.span) from report_time_off t
					                        where t.therapist_id = s.therapist_id and t.span && s.span),
					                      '{}'::tstzmultirange)) free)) / 3600 as hours
					      from shifts s
					     group by s.therapist_id),
					booked as (
					    select therapist_id,
					           sum(duration_minutes) filter (where status <> 'CANCELLED') / 60.0 as booked,
					           coalesce(sum(duration_minutes) filter (where status = 'COMPLETED'), 0) / 60.0 as completed
					      from report_appointment
					     where starts_at >= :start and starts_at < :end
					     group by therapist_id)
					select t.id, t.name,
					       round(coalesce(a.hours, 0), 2) as available, round(coalesce(b.booked, 0), 2) as booked,
					       round(coalesce(b.completed, 0), 2) as completed,
					       coalesce(round(coalesce(b.booked, 0) / nullif(a.hours, 0), 4), 0.0000) as utilization
					  from report_therapist t
					  left join available a on a.therapist_id = t.id
					  left join booked b on b.therapist_id = t.id
					 where t.active or b.therapist_id is not null
					 order by t.name, t.id
					""")
			.param("zone", zone.getId())
			.param("from", period.from())
			.param("to", period.to())
			.param("start", Timestamp.from(period.start(zone)))
			.param("end", Timestamp.from(period.end(zone)))
			.query((rs, row) -> new UtilizationRow(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getBigDecimal("available"), rs.getBigDecimal("booked"), rs.getBigDecimal("completed"),
					rs.getBigDecimal("utilization")))
			.list();
	}

	/**
	 * Sets the current transaction up for a report: its statements are cancelled after
	 * {@code milliseconds}, so a report never hangs the service, and each runs on one
	 * core without JIT compilation, so reports never take the machine from the front
	 * desk. On the benchmark (2 cores) patient reads kept 0.56 × their rate under two
	 * report clients with PostgreSQL's parallel workers and JIT, 0.74 × without, and the
	 * reports themselves ran no slower.
	 */
	void bound(long milliseconds) {
		jdbc.sql("""
				select set_config('statement_timeout', :ms, true), set_config('jit', 'off', true),
				       set_config('max_parallel_workers_per_gather', '0', true)
				""").param("ms", Long.toString(milliseconds)).query((rs, row) -> row).single();
	}

}
