package ilium.treatment;

import java.sql.Connection;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.DatabaseOwner;
import ilium.HttpTest;
import ilium.Staff;
import ilium.assessment.Screenings;
import ilium.episode.Episodes;
import ilium.shared.DatabaseConstraint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * DOMAIN.md "Where the rules live": PostgreSQL holds the red-flag gate and the plan's
 * lifecycle, so a script, the demo data or a future module cannot get past them.
 */
@HttpTest
class RedFlagGateInDatabaseTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	/** Tries what only a trigger stops: the service's own role may not even try. */
	@Autowired
	DatabaseOwner owner;

	@Autowired
	DataSource dataSource;

	@Autowired
	Staff staff;

	ClinicalFixtures clinic;

	Screenings screenings;

	UUID therapistId;

	UUID patientId;

	UUID author;

	@BeforeEach
	void setUp() {
		clinic = new ClinicalFixtures(http, jdbc);
		screenings = new Screenings(jdbc);
		therapistId = staff.newTherapist().therapistId();
		patientId = clinic.newPatient();
		author = jdbc.sql("select id from staff_account order by created_at limit 1").query(UUID.class).single();
	}

	@Test
	void noPlanBecomesActiveWhileAReferralIsUncleared() {
		UUID plan = clinic.planActiveSince(patientId, therapistId, ClinicalFixtures.today());
		screenings.screened(patientId, author, "saddle_anesthesia", "{POSSIBLE_CAUDA_EQUINA}", "URGENT_REFERRAL");
		assertThat(status(plan)).isEqualTo("ON_HOLD");
		assertRefusedBy("treatment_plan_red_flag_gate", () -> jdbc.sql("""
				with resumed as (update treatment_plan set status = 'ACTIVE' where id = :id returning id)
				insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by)
				select id, 4, 'ACTIVE', now(), :author from resumed
				""").param("id", plan).param("author", author).update());
	}

	@Test
	void aReferralWrittenStraightIntoTheTablePutsTheActivePlanOnHoldWithItsReason() {
		UUID plan = clinic.planActiveSince(patientId, therapistId, ClinicalFixtures.today());
		screenings.screened(patientId, author, "major_trauma", "{POSSIBLE_FRACTURE}", "REFER_TO_PHYSICIAN");
		assertThat(status(plan)).isEqualTo("ON_HOLD");
		assertThat(jdbc.sql("""
				select reason from treatment_plan_status_history where plan_id = :id order by seq desc limit 1
				""").param("id", plan).query(String.class).single()).contains("POSSIBLE_FRACTURE");
	}

	@Test
	void anActivationAndAReferralAtTheSameMomentNeverLeaveTheGateOpen() throws Exception {
		UUID plan = draftPlan();
		try (Connection activation = dataSource.getConnection()) {
			activation.setAutoCommit(false);
			try (var statement = activation.prepareStatement("""
					with activated as (update treatment_plan set status = 'ACTIVE' where id = ? returning id)
					insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by)
					select id, 2, 'ACTIVE', now(), ? from activated
					""")) {
				statement.setObject(1, plan);
				statement.setObject(2, author);
				statement.executeUpdate();
			}
			CompletableFuture<Void> referral = CompletableFuture.runAsync(() -> screenings.screened(patientId, author,
					"saddle_anesthesia", "{POSSIBLE_CAUDA_EQUINA}", "URGENT_REFERRAL"));
			await().until(() -> jdbc.sql("""
					select count(*) from pg_stat_activity
					 where wait_event_type = 'Lock' and query like '%insert into screening%'
					""").query(Long.class).single() > 0);
			activation.commit();
			referral.get();
		}
		assertThat(status(plan)).isEqualTo("ON_HOLD");
	}

	@Test
	void aPlanIsBornADraftWithAGoalAndEveryMoveIsRecorded() {
		assertRefusedBy("treatment_plan_starts_as_draft", () -> insertPlan("ACTIVE"));
		assertRefusedBy("treatment_plan_has_goal",
				() -> jdbc
					.sql("""
							with plan as (
							    insert into treatment_plan (id, patient_id, therapist_id, diagnosis_code, visits_per_week,
							                                duration_weeks, start_date, education_topics, created_at, created_by)
							    values (gen_random_uuid(), :patientId, :therapistId, 'M53.3', 2, 6, current_date, '{}', now(), :author)
							    returning id)
							insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by)
							select id, 1, 'DRAFT', now(), :author from plan
							""")
					.param("patientId", patientId)
					.param("therapistId", therapistId)
					.param("author", author)
					.update());
		UUID plan = draftPlan();
		assertRefusedBy("treatment_plan_status_recorded",
				() -> jdbc
					.sql("update treatment_plan set status = 'DISCONTINUED', discontinue_reason = 'x' where id = :id")
					.param("id", plan)
					.update());
	}

	@Test
	void onlyTheMovesOfDomainMdAreAllowed() {
		UUID plan = draftPlan();
		for (String next : new String[] { "ON_HOLD", "COMPLETED" }) {
			assertRefusedBy("treatment_plan_status_moves_forward",
					() -> jdbc.sql("update treatment_plan set status = :next where id = :id")
						.param("next", next)
						.param("id", plan)
						.update());
		}
	}

	@Test
	void closingAPlanStopsItsPrescriptionsAndNoneComesBack() {
		UUID plan = clinic.planActiveSince(patientId, therapistId, ClinicalFixtures.today().minusDays(3));
		UUID stretch = clinic.prescribedOn(plan, ClinicalFixtures.HIP_ABDUCTOR_STRETCH,
				ClinicalFixtures.today().minusDays(3));
		Episodes.signedSummaryRow(jdbc, plan, ClinicalFixtures.today());
		jdbc.sql("""
				with closed as (update treatment_plan set status = 'COMPLETED', completed_at = now() where id = :id
				                returning id)
				insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by)
				select id, 3, 'COMPLETED', now(), :author from closed
				""").param("id", plan).param("author", author).update();
		assertThat(jdbc.sql("select active from prescription where id = :id")
			.param("id", stretch)
			.query(Boolean.class)
			.single()).isFalse();
		assertRefusedBy("prescription_plan_open",
				() -> jdbc.sql("update prescription set active = true, stopped_at = null where id = :id")
					.param("id", stretch)
					.update());
	}

	@Test
	void theStatusHistoryNeverChanges() {
		UUID plan = draftPlan();
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> owner.jdbc()
			.sql("update treatment_plan_status_history set reason = 'x' where plan_id = :id")
			.param("id", plan)
			.update());
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> owner.jdbc()
			.sql("delete from treatment_plan_status_history where plan_id = :id")
			.param("id", plan)
			.update());
	}

	@Test
	void aClearanceIsNotDatedBeforeItsScreeningAndNamesAValidNpi() {
		UUID screening = screenings.screened(patientId, author, "major_trauma", "{POSSIBLE_FRACTURE}",
				"REFER_TO_PHYSICIAN");
		assertRefusedBy("screening_cleared_on_not_before_screening",
				() -> screenings.cleared(screening, author, ClinicalFixtures.today().minusDays(1), null));
		assertRefusedBy("screening_cleared_by_npi_valid",
				() -> screenings.cleared(screening, author, ClinicalFixtures.today(), "1234567890"));
		screenings.cleared(screening, author, ClinicalFixtures.today(), "1234567893");
	}

	private UUID draftPlan() {
		return insertPlan("DRAFT");
	}

	private UUID insertPlan(String status) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				with plan as (
				    insert into treatment_plan (id, patient_id, therapist_id, diagnosis_code, visits_per_week,
				                                duration_weeks, start_date, status, education_topics, created_at,
				                                created_by)
				    values (:id, :patientId, :therapistId, 'M53.3', 2, 6, current_date, :status, '{}', now(), :author)
				    returning id),
				goal as (insert into treatment_plan_goal (plan_id, position, description) select id, 1, 'Sit' from plan)
				insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by)
				select id, 1, :status, now(), :author from plan
				""")
			.param("id", id)
			.param("patientId", patientId)
			.param("therapistId", therapistId)
			.param("status", status)
			.param("author", author)
			.update();
		return id;
	}

	private String status(UUID plan) {
		return jdbc.sql("select status from treatment_plan where id = :id")
			.param("id", plan)
			.query(String.class)
			.single();
	}

	private static void assertRefusedBy(String constraint, Runnable statement) {
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(statement::run)
			.satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex)).contains(constraint));
	}

}
