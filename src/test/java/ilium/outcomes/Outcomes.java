package ilium.outcomes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outcomes module's fixture: measures written with SQL straight into this module's
 * own tables, on any day and under the same rules as the service (so tests of other
 * modules, reports among them, can look at days gone by). Tests of other modules make
 * measures here, never with SQL of their own.
 */
public final class Outcomes {

	private final JdbcClient jdbc;

	public Outcomes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An NPRS of that score, taken on that day, under the plan. */
	public UUID nprs(UUID patient, UUID plan, LocalDate takenOn, int score) {
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
	public UUID psfs(UUID patient, UUID plan, LocalDate takenOn, Map<String, Integer> activities) {
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
	public void enteredInError(UUID measure) {
		jdbc.sql("""
				update outcome_measure
				   set entered_in_error_at = now(), entered_in_error_reason = 'Entered for the wrong patient',
				       entered_in_error_by = (select id from staff_account order by id limit 1)
				 where id = :id
				""").param("id", measure).update();
	}

}
