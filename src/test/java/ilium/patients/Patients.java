package ilium.patients;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The patients module's fixture and the suite's one way to make a patient: a new active
 * patient with a unique name, written with SQL straight into this module's
 * {@code patient} table (no audit line, no token needed). Tests of registration itself go
 * over HTTP.
 */
public final class Patients {

	private final JdbcClient jdbc;

	public Patients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new patient, registered now. */
	public UUID newPatient() {
		return newPatient(Instant.now());
	}

	/** A new patient registered at that moment (for reports that count new patients). */
	public UUID newPatient(Instant registeredAt) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into patient (id, first_name, last_name, date_of_birth, created_at)
				values (:id, 'Pat', :lastName, date '1980-05-17', :at)
				""")
			.param("id", id)
			.param("lastName", "Tester-" + id)
			.param("at", Timestamp.from(registeredAt))
			.update();
		return id;
	}

	/**
	 * A new patient with these names and date of birth, registered now: for pages whose
	 * screenshots show a person. The caller keeps the three unique together.
	 */
	public UUID newPatient(String firstName, String lastName, LocalDate dateOfBirth) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into patient (id, first_name, last_name, date_of_birth, created_at)
				values (:id, :firstName, :lastName, :dateOfBirth, now())
				""")
			.param("id", id)
			.param("firstName", firstName)
			.param("lastName", lastName)
			.param("dateOfBirth", dateOfBirth)
			.update();
		return id;
	}

	/** Archives the patient (no longer active). */
	public void archive(UUID patientId) {
		jdbc.sql("update patient set active = false where id = :id").param("id", patientId).update();
	}

}
