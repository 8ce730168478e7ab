package ilium.patients;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.shared.ClinicException;

/**
 * The clinic's patients.
 */
@Service
public class PatientRegistry {

	private final JdbcClient jdbc;

	PatientRegistry(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether a patient with this id exists (active or archived). */
	@Transactional(readOnly = true)
	public boolean exists(UUID patientId) {
		return jdbc.sql("select exists (select 1 from patient where id = :id)")
			.param("id", patientId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Fails with 404 unless the patient exists: for modules that keep records of a
	 * patient.
	 */
	@Transactional(readOnly = true)
	public void requireExists(UUID patientId) {
		if (!exists(patientId)) {
			throw ClinicException.notFound("patient");
		}
	}

}
