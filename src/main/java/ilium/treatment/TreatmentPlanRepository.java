package ilium.treatment;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ilium.billing.CptCode;
import ilium.exercises.EducationTopic;
import ilium.shared.PageQuery;
import ilium.shared.SqlArrays;

@Repository
class TreatmentPlanRepository {

	private final JdbcClient jdbc;

	private final GoalRepository goals;

	TreatmentPlanRepository(JdbcClient jdbc, GoalRepository goals) {
		this.jdbc = jdbc;
		this.goals = goals;
	}

	/** Inserts a new plan with its first goals, long-term in the order given. */
	void insert(TreatmentPlanView plan, List<Goal> initialGoals, UUID createdBy) {
		BeltAdvice belt = plan.beltAdvice();
		jdbc.sql("""
				insert into treatment_plan (id, patient_id, therapist_id, protocol_id, protocol_version, diagnosis_code,
				       visits_per_week, duration_weeks, start_date, status, education_topics, belt_recommended,
				       belt_reason, belt_wearing_instructions, belt_review_after_weeks, belt_source, created_at,
				       created_by)
				values (:id, :patientId, :therapistId, :protocolId, :protocolVersion, :diagnosisCode, :visitsPerWeek,
				        :durationWeeks, :startDate, 'DRAFT', :topics, :beltRecommended, :beltReason,
				        :beltInstructions, :beltReview, :beltSource, :createdAt, :createdBy)
				""")
			.param("id", plan.id())
			.param("patientId", plan.patientId())
			.param("therapistId", plan.therapistId())
			.param("protocolId", plan.protocolId())
			.param("protocolVersion", plan.protocolVersion())
			.param("diagnosisCode", plan.diagnosisCode())
			.param("visitsPerWeek", plan.visitsPerWeek())
			.param("durationWeeks", plan.durationWeeks())
			.param("startDate", Date.valueOf(plan.startDate()))
			.param("topics", SqlArrays.of(plan.educationTopics()))
			.param("beltRecommended", belt == null ? null : belt.recommended())
			.param("beltReason", belt == null || belt.reason() == null ? null : belt.reason().name())
			.param("beltInstructions", belt == null ? null : belt.wearingInstructions())
			.param("beltReview", belt == null ? null : belt.reviewAfterWeeks())
			.param("beltSource", belt == null ? null : belt.source().name())
			.param("createdAt", Timestamp.from(plan.createdAt()))
			.param("createdBy", createdBy)
			.update();
		for (Goal goal : initialGoals) {
			goals.insert(plan.id(), GoalTerm.LONG_TERM, goal.description(), null, goal.targetDate());
		}
		jdbc.sql("""
				insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by)
				values (:planId, 1, 'DRAFT', :createdAt, :createdBy)
				""")
			.param("planId", plan.id())
			.param("createdAt", Timestamp.from(plan.createdAt()))
			.param("createdBy", createdBy)
			.update();
	}

	/** The plan, its row locked until the transaction ends when {@code forUpdate}. */
	Optional<TreatmentPlanView> find(UUID id, boolean forUpdate) {
		return jdbc.sql("select * from treatment_plan where id = :id" + (forUpdate ? " for update" : ""))
			.param("id", id)
			.query((rs, n) -> map(rs))
			.optional();
	}

	/** A page of the patient's plans in {@code status} (any when null), newest first. */
	List<TreatmentPlanView> page(UUID patientId, @Nullable PlanStatus status, PageQuery page) {
		return jdbc.sql("""
				select * from treatment_plan
				 where patient_id = :patientId and (cast(:status as text) is null or status = :status)
				 order by created_at desc, id desc limit :size offset :offset
				""")
			.param("patientId", patientId)
			.param("status", status == null ? null : status.name(), java.sql.Types.VARCHAR)
			.param("size", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> map(rs))
			.list();
	}

	/**
	 * The plans the compliance worklist looks at: open or discontinued, of one therapist
	 * or all, oldest first.
	 */
	List<TreatmentPlanView> forWorklist(@Nullable UUID therapistId) {
		return jdbc.sql("""
				select * from treatment_plan
				 where status in ('DRAFT', 'ACTIVE', 'ON_HOLD', 'DISCONTINUED')
				   and (cast(:therapistId as uuid) is null or therapist_id = :therapistId)
				 order by created_at, id
				""").param("therapistId", therapistId, java.sql.Types.OTHER).query((rs, n) -> map(rs)).list();
	}

	long count(UUID patientId, @Nullable PlanStatus status) {
		return jdbc.sql("""
				select count(*) from treatment_plan
				 where patient_id = :patientId and (cast(:status as text) is null or status = :status)
				""")
			.param("patientId", patientId)
			.param("status", status == null ? null : status.name(), java.sql.Types.VARCHAR)
			.query(Long.class)
			.single();
	}

	/**
	 * Moves the plan to {@code status} and appends the move to its history, in one
	 * statement. {@code activated_at} keeps the first activation.
	 */
	void changeStatus(UUID id, PlanStatus status, @Nullable String reason, UUID by, Instant now) {
		jdbc.sql(
				"""
						with moved as (
						    update treatment_plan
						       set status = :status, version = version + 1,
						           discontinue_reason = case when :status = 'DISCONTINUED' then :reason end,
						           activated_at = case when :status = 'ACTIVE' then coalesce(activated_at, :now) else activated_at end,
						           completed_at = case when :status = 'COMPLETED' then :now else completed_at end,
						           discontinued_at = case when :status = 'DISCONTINUED' then :now else discontinued_at end
						     where id = :id
						    returning id)
						insert into treatment_plan_status_history (plan_id, seq, status, changed_at, changed_by, reason)
						select id, (select max(seq) + 1 from treatment_plan_status_history where plan_id = :id), :status, :now,
						       :by, :reason
						  from moved
						""")
			.param("id", id)
			.param("status", status.name())
			.param("reason", reason)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update();
	}

	private List<StatusChange> statusHistory(UUID planId) {
		return jdbc.sql("""
				select status, changed_at, changed_by, reason from treatment_plan_status_history
				 where plan_id = :id order by seq
				""")
			.param("id", planId)
			.query((rs, n) -> new StatusChange(PlanStatus.valueOf(rs.getString("status")),
					rs.getTimestamp("changed_at").toInstant(), rs.getObject("changed_by", UUID.class),
					rs.getString("reason")))
			.list();
	}

	void changeBeltAdvice(UUID id, BeltAdvice belt) {
		jdbc.sql(
				"""
						update treatment_plan
						   set belt_recommended = :recommended, belt_reason = :reason, belt_wearing_instructions = :instructions,
						       belt_review_after_weeks = :review, belt_source = :source, version = version + 1
						 where id = :id
						""")
			.param("id", id)
			.param("recommended", belt.recommended())
			.param("reason", belt.reason() == null ? null : belt.reason().name())
			.param("instructions", belt.wearingInstructions())
			.param("review", belt.reviewAfterWeeks())
			.param("source", belt.source().name())
			.update();
	}

	void changeEducation(UUID id, List<EducationTopic> topics) {
		jdbc.sql("update treatment_plan set education_topics = :topics, version = version + 1 where id = :id")
			.param("id", id)
			.param("topics", SqlArrays.of(topics))
			.update();
	}

	/**
	 * A change to the plan's prescriptions is a change of the plan: its version moves on.
	 */
	void touch(UUID id) {
		jdbc.sql("update treatment_plan set version = version + 1 where id = :id").param("id", id).update();
	}

	/**
	 * Puts the plan's plan of care; its frequency and duration replace the plan's. The
	 * version moves on.
	 */
	void changePlanOfCare(UUID id, SetPlanOfCare planOfCare, List<CptCode> services) {
		Referral referral = planOfCare.referral();
		jdbc.sql("""
				update treatment_plan
				   set payer_profile = :payerProfile, planned_services = :services, visits_per_week = :visitsPerWeek,
				       duration_weeks = :durationWeeks, referral_practitioner_name = :practitioner,
				       referral_npi = :npi, referral_order_date = :orderDate, referral_order_on_file = :onFile,
				       version = version + 1
				 where id = :id
				""")
			.param("id", id)
			.param("payerProfile", planOfCare.payerProfile().name())
			.param("services", services.stream().map(CptCode::code).toArray(String[]::new))
			.param("visitsPerWeek", planOfCare.visitsPerWeek())
			.param("durationWeeks", planOfCare.durationWeeks())
			.param("practitioner", referral == null ? null : referral.practitionerName())
			.param("npi", referral == null ? null : referral.npi())
			.param("orderDate", referral == null ? null : Date.valueOf(referral.orderDate()))
			.param("onFile", referral == null ? null : referral.orderOnFile())
			.update();
	}

	private TreatmentPlanView map(ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new TreatmentPlanView(id, rs.getObject("patient_id", UUID.class),
				rs.getObject("therapist_id", UUID.class), rs.getObject("protocol_id", UUID.class),
				rs.getObject("protocol_version", Integer.class), rs.getString("diagnosis_code"), goals.ofPlan(id),
				rs.getInt("visits_per_week"), rs.getInt("duration_weeks"), rs.getDate("start_date").toLocalDate(),
				payerProfile(rs), referral(rs), plannedServices(rs), PlanStatus.valueOf(rs.getString("status")),
				statusHistory(id), rs.getString("discontinue_reason"), List.of(), belt(rs),
				SqlArrays.read(rs, "education_topics", EducationTopic.class), instant(rs, "activated_at"),
				instant(rs, "completed_at"), instant(rs, "discontinued_at"), instant(rs, "created_at"),
				rs.getLong("version"), null);
	}

	private static @Nullable PayerProfile payerProfile(ResultSet rs) throws SQLException {
		String profile = rs.getString("payer_profile");
		return profile == null ? null : PayerProfile.valueOf(profile);
	}

	private static @Nullable Referral referral(ResultSet rs) throws SQLException {
		Date orderDate = rs.getDate("referral_order_date");
		return orderDate == null ? null : new Referral(rs.getString("referral_practitioner_name"),
				rs.getString("referral_npi"), orderDate.toLocalDate(), rs.getBoolean("referral_order_on_file"));
	}

	private static List<CptCode> plannedServices(ResultSet rs) throws SQLException {
		Array services = rs.getArray("planned_services");
		return services == null ? List.of()
				: Arrays.stream((String[]) services.getArray()).map(CptCode::of).sorted().toList();
	}

	private static BeltAdvice belt(ResultSet rs) throws SQLException {
		String source = rs.getString("belt_source");
		if (source == null) {
			return null;
		}
		String reason = rs.getString("belt_reason");
		return new BeltAdvice(rs.getBoolean("belt_recommended"), reason == null ? null : BeltReason.valueOf(reason),
				rs.getString("belt_wearing_instructions"), rs.getObject("belt_review_after_weeks", Integer.class),
				BeltAdviceSource.valueOf(source));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
