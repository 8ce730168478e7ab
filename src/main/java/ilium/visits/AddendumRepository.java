package ilium.visits;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only {@code visit_note_addendum} table.
 */
@Repository
class AddendumRepository {

	private final JdbcClient jdbc;

	AddendumRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The note's addenda, oldest first. */
	List<AddendumView> of(UUID noteId) {
		return jdbc.sql("""
				select id, text, author_user_id, author_username, author_therapist_id, created_at
				  from visit_note_addendum where visit_note_id = :noteId order by created_at, id
				""")
			.param("noteId", noteId)
			.query((rs, row) -> new AddendumView(rs.getObject("id", UUID.class), rs.getString("text"),
					rs.getObject("author_user_id", UUID.class), rs.getString("author_username"),
					rs.getObject("author_therapist_id", UUID.class), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	void insert(UUID noteId, AddendumView addendum) {
		jdbc.sql("""
				insert into visit_note_addendum (id, visit_note_id, text, author_user_id, author_username,
				                                 author_therapist_id, created_at)
				values (:id, :noteId, :text, :authorUserId, :authorUsername, :authorTherapistId, :createdAt)
				""")
			.param("id", addendum.id())
			.param("noteId", noteId)
			.param("text", addendum.text())
			.param("authorUserId", addendum.authorUserId())
			.param("authorUsername", addendum.authorUsername())
			.param("authorTherapistId", addendum.authorTherapistId())
			.param("createdAt", Timestamp.from(addendum.createdAt()))
			.update();
	}

}
