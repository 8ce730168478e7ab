package ilium.visits;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import ilium.DatabaseOwner;
import ilium.HttpTest;
import ilium.shared.DatabaseConstraint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PostgreSQL itself keeps signed notes and addenda unchangeable and the Maitland rule,
 * whatever code writes to it. The service's runtime role may not even try most of these
 * changes (RuntimeRoleTests); what it may not do is tried here as the owner, whom only
 * the triggers stop.
 */
@HttpTest
class VisitNoteDatabaseTests extends VisitNoteTestBase {

	@Autowired
	DatabaseOwner owner;

	@Test
	void refusesAnUpdateOfASignedNote() {
		UUID noteId = visits.signedNote(therapist.token(), visits.appointment(therapist.therapistId()).id());
		assertThatThrownBy(() -> jdbc.sql("update visit_note set subjective = 'Rewritten later' where id = :id")
			.param("id", noteId)
			.update()).isInstanceOf(DataIntegrityViolationException.class)
			.satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex)).contains("visit_note_signed_unchangeable"));
		assertThat(jdbc.sql("select subjective from visit_note where id = :id")
			.param("id", noteId)
			.query(String.class)
			.single()).isEqualTo(Visits.completeNote().get("subjective"));
	}

	@Test
	void refusesToUnsignANote() {
		UUID noteId = visits.signedNote(therapist.token(), visits.appointment(therapist.therapistId()).id());
		assertThatThrownBy(() -> jdbc.sql("""
				update visit_note set status = 'DRAFT', signed_at = null, signed_by_user_id = null where id = :id
				""").param("id", noteId).update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void refusesToDeleteANote() {
		// A draft without exercises or manual therapy: no foreign key stands in the way,
		// so
		// only the trigger can refuse.
		UUID draftId = visits.opened(therapist.token(), visits.appointment(therapist.therapistId()).id(), Map.of());
		assertThatThrownBy(
				() -> owner.jdbc().sql("delete from visit_note where id = :id").param("id", draftId).update())
			.isInstanceOf(DataIntegrityViolationException.class)
			.satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex)).contains("visit_note_signed_unchangeable"));
	}

	@Test
	void refusesChangesToTheManualTherapyAndExercisesOfASignedNote() {
		UUID noteId = visits.signedNote(therapist.token(), visits.appointment(therapist.therapistId()).id());
		assertThatThrownBy(() -> owner.jdbc()
			.sql("update visit_note_manual_therapy set minutes = 60 where visit_note_id = :id")
			.param("id", noteId)
			.update()).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> owner.jdbc()
			.sql("delete from visit_note_exercise where visit_note_id = :id")
			.param("id", noteId)
			.update()).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> owner.jdbc().sql("""
				insert into visit_note_exercise (visit_note_id, position, name) values (:id, 5, 'Added later')
				""").param("id", noteId).update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void keepsAddendaAppendOnly() {
		UUID noteId = visits.signedNote(therapist.token(), visits.appointment(therapist.therapistId()).id());
		visits.addAddendum(therapist.token(), noteId, "Original wording").expectStatus().isCreated();
		assertThatThrownBy(() -> owner.jdbc()
			.sql("update visit_note_addendum set text = 'Changed' where visit_note_id = :id")
			.param("id", noteId)
			.update()).isInstanceOf(DataIntegrityViolationException.class)
			.satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex)).contains("visit_note_addendum_append_only"));
		assertThatThrownBy(() -> owner.jdbc()
			.sql("delete from visit_note_addendum where visit_note_id = :id")
			.param("id", noteId)
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void refusesAnAddendumToADraft() {
		UUID draftId = visits.opened(therapist.token(), visits.appointment(therapist.therapistId()).id(),
				Visits.completeNote());
		UUID authorId = jdbc.sql("select author_user_id from visit_note where id = :id")
			.param("id", draftId)
			.query(UUID.class)
			.single();
		assertThatThrownBy(() -> jdbc.sql("""
				insert into visit_note_addendum (id, visit_note_id, text, author_user_id, author_username,
				                                 author_therapist_id, created_at)
				values (gen_random_uuid(), :id, 'Too early', :author, 'someone', :therapist, now())
				""")
			.param("id", draftId)
			.param("author", authorId)
			.param("therapist", therapist.therapistId())
			.update()).satisfies(
					ex -> assertThat(DatabaseConstraint.violatedBy(ex)).contains("visit_note_addendum_to_signed_note"));
	}

	@Test
	void holdsTheMaitlandRuleAsACheckConstraint() {
		UUID draftId = visits.opened(therapist.token(), visits.appointment(therapist.therapistId()).id(),
				java.util.Map.of());
		for (String technique : new String[] { "MANIPULATION:3", "JOINT_MOBILIZATION:5", "JOINT_MOBILIZATION:",
				"MYOFASCIAL_RELEASE:2" }) {
			String[] parts = technique.split(":", -1);
			assertThatThrownBy(() -> jdbc
				.sql("""
						insert into visit_note_manual_therapy (visit_note_id, position, technique, region, side, grade, minutes)
						values (:id, 0, :technique, 'PELVIS', null, :grade, 5)
						""")
				.param("id", draftId)
				.param("technique", parts[0])
				.param("grade", parts[1].isEmpty() ? null : Integer.valueOf(parts[1]), java.sql.Types.SMALLINT)
				.update()).as(technique)
				.satisfies(ex -> assertThat(DatabaseConstraint.violatedBy(ex))
					.contains("visit_note_manual_therapy_maitland_grade"));
		}
	}

}
