package ilium.episode;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;
import ilium.shared.DatabaseConstraint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What PostgreSQL itself guarantees of adherence entries, whoever writes them: the
 * percentages follow from the sessions (R12), an entry names a prescription of its own
 * plan, only an ACTIVE plan takes one, and one per prescription and date.
 */
@HttpTest
class AdherenceDatabaseTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	AdherenceFixtures clinic;

	UUID therapistId;

	UUID planId;

	LocalDate today;

	@BeforeEach
	void setUp() {
		clinic = new AdherenceFixtures(http, jdbc);
		therapistId = staff.newTherapist().therapistId();
		today = AdherenceFixtures.today();
		planId = clinic.planActiveSince(clinic.newPatient(), therapistId, today.minusDays(14));
	}

	@Test
	void thePercentagesAreRoundedHalfUpAndCapped() {
		UUID stretch = clinic.prescribedOn(planId, today.minusDays(14), 4, 2);
		insert(planId, stretch, today.minusDays(2), 5, 8);
		insert(planId, stretch, today.minusDays(1), 9, 8);

		assertThat(jdbc.sql("""
				select raw_percent || '/' || adherence_percent from hep_adherence_entry
				 where prescription_id = :id order by reported_on
				""").param("id", stretch).query(String.class).list()).containsExactly("63/63", "113/100");
	}

	@Test
	void refusesAnEntryOnAPlanThatIsNotActive() {
		UUID stretch = clinic.prescribedOn(planId, today.minusDays(14), 1, 7);
		clinic.hold(planId);

		assertRefusedBy("hep_adherence_entry_plan_active", () -> insert(planId, stretch, today, 5, 7));
	}

	@Test
	void refusesAPrescriptionOfAnotherPlan() {
		UUID otherPlan = clinic.planActiveSince(clinic.newPatient(), therapistId, today.minusDays(14));
		UUID foreign = clinic.prescribedOn(otherPlan, today.minusDays(14), 1, 7);

		assertRefusedBy("hep_adherence_entry_prescription_of_the_plan_fk", () -> insert(planId, foreign, today, 5, 7));
	}

	@Test
	void refusesASecondEntryForTheSameDate() {
		UUID stretch = clinic.prescribedOn(planId, today.minusDays(14), 1, 7);
		insert(planId, stretch, today, 5, 7);

		assertRefusedBy("hep_adherence_entry_one_per_day", () -> insert(planId, stretch, today, 6, 7));
	}

	@Test
	void refusesSessionsOutOfRange() {
		UUID stretch = clinic.prescribedOn(planId, today.minusDays(14), 1, 7);

		assertRefusedBy("hep_adherence_entry_sessions_done_range", () -> insert(planId, stretch, today, 71, 7));
		assertRefusedBy("hep_adherence_entry_expected_sessions_range", () -> insert(planId, stretch, today, 5, 36));
	}

	private void insert(UUID plan, UUID prescription, LocalDate reportedOn, int done, int expected) {
		jdbc.sql("""
				insert into hep_adherence_entry (id, plan_id, prescription_id, reported_on, sessions_done,
				       expected_sessions, source, recorded_by, recorded_at)
				values (gen_random_uuid(), :plan, :prescription, :reportedOn, :done, :expected, 'PATIENT',
				        gen_random_uuid(), now())
				""")
			.param("plan", plan)
			.param("prescription", prescription)
			.param("reportedOn", java.sql.Date.valueOf(reportedOn))
			.param("done", done)
			.param("expected", expected)
			.update();
	}

	private static void assertRefusedBy(String constraint, Runnable write) {
		assertThatThrownBy(write::run).isInstanceOf(DataIntegrityViolationException.class)
			.satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex)).contains(constraint));
	}

}
