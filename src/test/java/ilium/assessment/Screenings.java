package ilium.assessment;

import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import ilium.Clinic;

/**
 * The assessment module's fixture: screenings written with SQL straight into this
 * module's {@code screening} table, as a script or the demo data would (tests of the
 * red-flag gate in PostgreSQL need rows no endpoint makes). Screenings over HTTP are
 * {@code POST /api/v1/patients/{id}/screenings}.
 */
public final class Screenings {

	private final JdbcClient jdbc;

	public Screenings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A screening of today (clinic time) with every answer false but {@code yes} (a
	 * column: {@code saddle_anesthesia} or {@code major_trauma}), with these flags and
	 * disposition; answers its id.
	 */
	public UUID screened(UUID patientId, UUID author, String yes, String flags, String disposition) {
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into screening (id, patient_id, screened_on, recorded_by, recorded_at, fever,
						       low_back_or_buttock_pain, deep_thigh_pain, difficulty_walking, saddle_anesthesia,
						       bladder_or_bowel_dysfunction, progressive_neurological_deficit, history_of_cancer,
						       unexplained_weight_loss, major_trauma, immunosuppression_or_iv_drug_use, pain_locations, symptoms,
						       contributing_factors, red_flags, disposition)
						values (:id, :patientId, :today, :author, now(), false, false, false, false, :yes = 'saddle_anesthesia',
						        false, false, false, false, :yes = 'major_trauma', false, '{}', '{}', '{}', :flags::text[],
						        :disposition)
						""")
			.param("id", id)
			.param("patientId", patientId)
			.param("author", author)
			.param("today", Date.valueOf(LocalDate.now(Clinic.ZONE)))
			.param("yes", yes)
			.param("flags", flags)
			.param("disposition", disposition)
			.update();
		return id;
	}

	/** Records a physician's clearance of the screening on that day, with that NPI. */
	public void cleared(UUID screening, UUID author, LocalDate on, String npi) {
		jdbc.sql("""
				update screening set cleared_by = 'Dr. Ada Lee', cleared_on = :on, cleared_by_npi = :npi,
				       clearance_recorded_at = now(), clearance_recorded_by = :author
				 where id = :id
				""")
			.param("id", screening)
			.param("on", Date.valueOf(on))
			.param("npi", npi)
			.param("author", author)
			.update();
	}

}
