package ilium.patients;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code patient} table.
 */
@Repository
class PatientRepository {

	private final JdbcClient jdbc;

	PatientRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts unless an active duplicate exists; the partial unique index decides, so two
	 * desks registering the same person at once store one row.
	 */
	boolean insertUnlessDuplicate(UUID id, RegisterPatient patient, Instant now) {
		return details(
				jdbc.sql(
						"""
								insert into patient (id, first_name, last_name, date_of_birth, sex, phone, email, address_line, city,
								                     postal_code, emergency_contact_name, emergency_contact_phone, created_at)
								values (:id, :firstName, :lastName, :dateOfBirth, :sex, :phone, :email, :addressLine, :city,
								        :postalCode, :emergencyContactName, :emergencyContactPhone, :createdAt)
								on conflict (patient_identity_name(first_name), patient_identity_name(last_name), date_of_birth) where active
								do nothing
								"""),
				patient)
			.param("id", id)
			.param("createdAt", Timestamp.from(now))
			.update() == 1;
	}

	Optional<PatientView> find(UUID id) {
		return jdbc.sql("select * from patient where id = :id")
			.param("id", id)
			.query(PatientRepository::view)
			.optional();
	}

	/** The patients with these ids (unknown ids are left out), in one query. */
	List<PatientView> findAll(Collection<UUID> ids) {
		return jdbc.sql("select * from patient where id = any(:ids)")
			.param("ids", ids.toArray(UUID[]::new))
			.query(PatientRepository::view)
			.list();
	}

	/** Reads and locks the row, so concurrent edits of one patient queue up. */
	Optional<PatientView> lock(UUID id) {
		return jdbc.sql("select * from patient where id = :id for update")
			.param("id", id)
			.query(PatientRepository::view)
			.optional();
	}

	Optional<UUID> activeDuplicateOf(RegisterPatient patient, UUID exceptId) {
		return jdbc.sql("""
				select id from patient
				 where active and patient_identity_name(first_name) = patient_identity_name(:firstName)
				   and patient_identity_name(last_name) = patient_identity_name(:lastName)
				   and date_of_birth = :dateOfBirth and id <> :exceptId
				""")
			.param("firstName", patient.firstName())
			.param("lastName", patient.lastName())
			.param("dateOfBirth", patient.dateOfBirth())
			.param("exceptId", exceptId)
			.query(UUID.class)
			.optional();
	}

	void update(UUID id, RegisterPatient patient, long version) {
		details(jdbc.sql("""
				update patient
				   set first_name = :firstName, last_name = :lastName, date_of_birth = :dateOfBirth, sex = :sex,
				       phone = :phone, email = :email, address_line = :addressLine, city = :city,
				       postal_code = :postalCode, emergency_contact_name = :emergencyContactName,
				       emergency_contact_phone = :emergencyContactPhone, version = version + 1
				 where id = :id and version = :version
				"""), patient).param("id", id).param("version", version).update();
	}

	void archive(UUID id) {
		jdbc.sql("update patient set active = false, version = version + 1 where id = :id and active")
			.param("id", id)
			.update();
	}

	private static JdbcClient.StatementSpec details(JdbcClient.StatementSpec statement, RegisterPatient patient) {
		return statement.param("firstName", patient.firstName())
			.param("lastName", patient.lastName())
			.param("dateOfBirth", patient.dateOfBirth())
			.param("sex", patient.sex() == null ? null : patient.sex().name())
			.param("phone", patient.phone())
			.param("email", patient.email())
			.param("addressLine", patient.addressLine())
			.param("city", patient.city())
			.param("postalCode", patient.postalCode())
			.param("emergencyContactName", patient.emergencyContactName())
			.param("emergencyContactPhone", patient.emergencyContactPhone());
	}

	static PatientView view(ResultSet rs, int row) throws SQLException {
		String sex = rs.getString("sex");
		return new PatientView(rs.getObject("id", UUID.class), rs.getString("first_name"), rs.getString("last_name"),
				rs.getObject("date_of_birth", java.time.LocalDate.class), sex == null ? null : Sex.valueOf(sex),
				rs.getString("phone"), rs.getString("email"), rs.getString("address_line"), rs.getString("city"),
				rs.getString("postal_code"), rs.getString("emergency_contact_name"),
				rs.getString("emergency_contact_phone"), rs.getBoolean("active"), rs.getLong("version"));
	}

}
