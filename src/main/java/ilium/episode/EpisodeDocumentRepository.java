package ilium.episode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ilium.episode.EpisodeDocumentView.DocumentKind;
import ilium.treatment.GoalStatus;

/** Progress reports and discharge summaries with their parts (V121). */
@Repository
class EpisodeDocumentRepository {

	private final JdbcClient jdbc;

	EpisodeDocumentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new draft with its parts. */
	void insert(Draft draft, UUID authorId, Instant at) {
		jdbc.sql("""
				insert into episode_document (id, plan_id, kind, through_date, reason, body, author_id, created_at)
				values (:id, :planId, :kind, :throughDate, :reason, :body, :authorId, :at)
				""")
			.param("id", draft.id())
			.param("planId", draft.planId())
			.param("kind", draft.kind().name())
			.param("throughDate", draft.throughDate())
			.param("reason", draft.reason() == null ? null : draft.reason().name(), Types.VARCHAR)
			.param("body", draft.body())
			.param("authorId", authorId)
			.param("at", Timestamp.from(at))
			.update();
		insertParts(draft);
	}

	/** Replaces a draft's fields and parts; false when it is no longer a draft. */
	boolean replace(Draft draft) {
		int changed = jdbc.sql("""
				update episode_document
				   set through_date = :throughDate, reason = :reason, body = :body, version = version + 1
				 where id = :id and status = 'DRAFT'
				""")
			.param("id", draft.id())
			.param("throughDate", draft.throughDate())
			.param("reason", draft.reason() == null ? null : draft.reason().name(), Types.VARCHAR)
			.param("body", draft.body())
			.update();
		if (changed == 0) {
			return false;
		}
		jdbc.sql("delete from episode_document_goal_status where document_id = :id").param("id", draft.id()).update();
		jdbc.sql("delete from episode_document_outcome where document_id = :id").param("id", draft.id()).update();
		insertParts(draft);
		return true;
	}

	/** Signs a draft; false when it was signed already. */
	boolean sign(UUID id, @Nullable LocalDate periodStart, @Nullable String homeProgram, Instant at) {
		return jdbc.sql("""
				update episode_document
				   set status = 'SIGNED', signed_at = :at, period_start = :periodStart,
				       home_program_at_discharge = cast(:homeProgram as jsonb), version = version + 1
				 where id = :id and status = 'DRAFT'
				""")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.param("periodStart", periodStart, Types.DATE)
			.param("homeProgram", homeProgram, Types.VARCHAR)
			.update() == 1;
	}

	void addAddendum(UUID documentId, UUID addendumId, String text, UUID authorId, Instant at) {
		jdbc.sql("""
				insert into episode_document_addendum (id, document_id, text, author_id, added_at)
				values (:id, :documentId, :text, :authorId, :at)
				""")
			.param("id", addendumId)
			.param("documentId", documentId)
			.param("text", text)
			.param("authorId", authorId)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** One document of the plan, locked for change when asked. */
	Optional<EpisodeDocumentView> find(UUID planId, UUID id, DocumentKind kind, boolean forUpdate) {
		return jdbc.sql("""
				select * from episode_document where id = :id and plan_id = :planId and kind = :kind
				""" + (forUpdate ? " for update" : ""))
			.param("id", id)
			.param("planId", planId)
			.param("kind", kind.name())
			.query(this::document)
			.optional();
	}

	/** The plan's documents of this kind, oldest {@code throughDate} first. */
	List<EpisodeDocumentView> ofPlan(UUID planId, DocumentKind kind) {
		return jdbc.sql("""
				select * from episode_document where plan_id = :planId and kind = :kind
				 order by through_date, created_at
				""").param("planId", planId).param("kind", kind.name()).query(this::document).list();
	}

	/**
	 * The days that close a progress-report period among the plan's documents: each
	 * signed report's {@code periodEnd} and the signed discharge date.
	 */
	List<LocalDate> closings(UUID planId) {
		return jdbc.sql("select through_date from episode_document where plan_id = :planId and status = 'SIGNED'")
			.param("planId", planId)
			.query(LocalDate.class)
			.list();
	}

	private void insertParts(Draft draft) {
		for (GoalStatusEntry goal : draft.goalStatuses()) {
			jdbc.sql("""
					insert into episode_document_goal_status (document_id, goal_id, status, current)
					values (:id, :goalId, :status, :current)
					""")
				.param("id", draft.id())
				.param("goalId", goal.goalId())
				.param("status", goal.status().name())
				.param("current", goal.current(), Types.NUMERIC)
				.update();
		}
		for (UUID outcome : draft.outcomeMeasureIds()) {
			jdbc.sql("insert into episode_document_outcome (document_id, outcome_measure_id) values (:id, :outcome)")
				.param("id", draft.id())
				.param("outcome", outcome)
				.update();
		}
	}

	private EpisodeDocumentView document(ResultSet row, int index) throws SQLException {
		UUID id = row.getObject("id", UUID.class);
		String reason = row.getString("reason");
		Timestamp signedAt = row.getTimestamp("signed_at");
		return new EpisodeDocumentView(id, row.getObject("plan_id", UUID.class),
				DocumentKind.valueOf(row.getString("kind")), row.getObject("through_date", LocalDate.class),
				row.getObject("period_start", LocalDate.class), reason == null ? null : DischargeReason.valueOf(reason),
				row.getString("body"), DocumentStatus.valueOf(row.getString("status")),
				row.getObject("author_id", UUID.class), row.getTimestamp("created_at").toInstant(),
				signedAt == null ? null : signedAt.toInstant(), row.getString("home_program_at_discharge"),
				row.getLong("version"), goalStatuses(id), outcomes(id), addenda(id));
	}

	private List<GoalStatusEntry> goalStatuses(UUID id) {
		return jdbc.sql("""
				select goal_id, status, current from episode_document_goal_status where document_id = :id
				 order by goal_id
				""")
			.param("id", id)
			.query((row, index) -> new GoalStatusEntry(row.getString("goal_id"),
					GoalStatus.valueOf(row.getString("status")), row.getBigDecimal("current")))
			.list();
	}

	private List<UUID> outcomes(UUID id) {
		return jdbc.sql("select outcome_measure_id from episode_document_outcome where document_id = :id")
			.param("id", id)
			.query(UUID.class)
			.list();
	}

	private List<AddendumView> addenda(UUID id) {
		return jdbc.sql("""
				select id, text, author_id, added_at from episode_document_addendum where document_id = :id
				 order by added_at, id
				""")
			.param("id", id)
			.query((row, index) -> new AddendumView(row.getObject("id", UUID.class), row.getString("text"),
					row.getObject("author_id", UUID.class), row.getTimestamp("added_at").toInstant()))
			.list();
	}

	/** A draft's fields as written. */
	record Draft(UUID id, UUID planId, DocumentKind kind, LocalDate throughDate, @Nullable DischargeReason reason,
			String body, List<GoalStatusEntry> goalStatuses, List<UUID> outcomeMeasureIds) {
	}

}
