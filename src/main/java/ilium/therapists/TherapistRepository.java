package ilium.therapists;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ilium.shared.PageQuery;

/**
 * The {@code therapist} table.
 */
@Repository
class TherapistRepository {

	private final JdbcClient jdbc;

	TherapistRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, CreateTherapist therapist) {
		jdbc.sql("""
				insert into therapist (id, first_name, last_name, license_number, email, phone, npi)
				values (:id, :firstName, :lastName, :licenseNumber, :email, :phone, :npi)
				""")
			.param("id", id)
			.param("firstName", therapist.firstName())
			.param("lastName", therapist.lastName())
			.param("licenseNumber", therapist.licenseNumber())
			.param("email", therapist.email())
			.param("phone", therapist.phone())
			.param("npi", therapist.npi())
			.update();
	}

	Optional<TherapistView> find(UUID id) {
		return jdbc.sql("""
				select id, first_name, last_name, license_number, email, phone, npi, active, version
				  from therapist where id = :id
				""").param("id", id).query(TherapistRepository::view).optional();
	}

	Optional<TherapistView> lock(UUID id) {
		return jdbc.sql("""
				select id, first_name, last_name, license_number, email, phone, npi, active, version
				  from therapist where id = :id for update
				""").param("id", id).query(TherapistRepository::view).optional();
	}

	List<TherapistView> list(PageQuery page) {
		return jdbc.sql("""
				select id, first_name, last_name, license_number, email, phone, npi, active, version
				  from therapist order by last_name, first_name, id limit :limit offset :offset
				""").param("limit", page.size()).param("offset", page.offset()).query(TherapistRepository::view).list();
	}

	long count() {
		return jdbc.sql("select count(*) from therapist").query(Long.class).single();
	}

	void update(UUID id, TherapistProfile profile, long version) {
		jdbc.sql("""
				update therapist
				   set first_name = :firstName, last_name = :lastName, license_number = :licenseNumber,
				       email = :email, phone = :phone, npi = :npi, active = :active, version = version + 1
				 where id = :id and version = :version
				""")
			.param("id", id)
			.param("version", version)
			.param("firstName", profile.firstName())
			.param("lastName", profile.lastName())
			.param("licenseNumber", profile.licenseNumber())
			.param("email", profile.email())
			.param("phone", profile.phone())
			.param("npi", profile.npi())
			.param("active", profile.active())
			.update();
	}

	private static TherapistView view(ResultSet rs, int row) throws SQLException {
		return new TherapistView(rs.getObject("id", UUID.class), rs.getString("first_name"), rs.getString("last_name"),
				rs.getString("license_number"), rs.getString("email"), rs.getString("phone"), rs.getString("npi"),
				rs.getBoolean("active"), rs.getLong("version"));
	}

}
