package ilium.visits;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ilium.HttpTest;

@HttpTest
class VisitNoteValidationTests extends VisitNoteTestBase {

	@Test
	void jointMobilizationNeedsAMaitlandGradeOneToFour() {
		refusedEntry(entry("JOINT_MOBILIZATION", null), "manualTherapy[0].grade");
		refusedEntry(entry("JOINT_MOBILIZATION", 0), "manualTherapy[0].grade");
		refusedEntry(entry("JOINT_MOBILIZATION", 5), "manualTherapy[0].grade");
		accepted(entry("JOINT_MOBILIZATION", 1));
		accepted(entry("JOINT_MOBILIZATION", 4));
	}

	@Test
	void manipulationIsGradeFive() {
		refusedEntry(entry("MANIPULATION", null), "manualTherapy[0].grade");
		refusedEntry(entry("MANIPULATION", 4), "manualTherapy[0].grade");
		accepted(entry("MANIPULATION", 5));
	}

	@Test
	void otherTechniquesCarryNoGrade() {
		for (String technique : List.of("SOFT_TISSUE_MOBILIZATION", "MYOFASCIAL_RELEASE", "MUSCLE_ENERGY_TECHNIQUE",
				"STRAIN_COUNTERSTRAIN", "MANUAL_TRACTION")) {
			refusedEntry(entry(technique, 2), "manualTherapy[0].grade");
			accepted(entry(technique, null));
		}
	}

	@Test
	void namesTheEntryWhoseGradeIsWrong() {
		refused(Map.of("manualTherapy", List.of(entry("MANIPULATION", 5), entry("MYOFASCIAL_RELEASE", 1))),
				"manualTherapy[1].grade");
	}

	@Test
	void aPairedRegionNeedsASideAndACentralOneMayGoWithout() {
		Map<String, Object> sacroiliac = new HashMap<>(entry("SOFT_TISSUE_MOBILIZATION", null));
		sacroiliac.remove("side");
		refused(Map.of("manualTherapy", List.of(sacroiliac)), "manualTherapy[0].side");
		Map<String, Object> lumbar = new HashMap<>(sacroiliac);
		lumbar.put("region", "LUMBAR_SPINE");
		accepted(lumbar);
	}

	@Test
	void refusesUnknownTechniquesRegionsAndSides() {
		Map<String, Object> entry = new HashMap<>(entry("SOFT_TISSUE_MOBILIZATION", null));
		entry.put("side", "CENTRAL");
		refused(Map.of("manualTherapy", List.of(entry)), "manualTherapy[0].side");
	}

	@Test
	void minutesAreOneToSixty() {
		for (int minutes : new int[] { 0, 61 }) {
			Map<String, Object> entry = new HashMap<>(entry("MANIPULATION", 5));
			entry.put("minutes", minutes);
			refused(Map.of("manualTherapy", List.of(entry)), "manualTherapy[0].minutes");
		}
	}

	@Test
	void painIsZeroToTen() {
		refused(Map.of("painBefore", 11), "painBefore");
		refused(Map.of("painAfter", -1), "painAfter");
		visits
			.open(therapist.token(), visits.appointment(therapist.therapistId()).id(),
					Map.of("painBefore", 0, "painAfter", 10))
			.expectStatus()
			.isCreated();
	}

	@Test
	void soapFieldsHoldTenThousandCharactersAndNoMore() {
		for (String field : List.of("subjective", "objective", "assessment", "plan")) {
			refused(Map.of(field, "x".repeat(10_001)), field);
		}
		visits
			.open(therapist.token(), visits.appointment(therapist.therapistId()).id(),
					Map.of("subjective", "x".repeat(10_000)))
			.expectStatus()
			.isCreated();
	}

	@Test
	void boundsExercisesPerformed() {
		refused(Map.of("exercisesPerformed", List.of(Map.of("name", " "))), "exercisesPerformed[0].name");
		refused(Map.of("exercisesPerformed", List.of(Map.of("name", "x".repeat(201)))), "exercisesPerformed[0].name");
		refused(Map.of("exercisesPerformed", List.of(Map.of("name", "Bridge", "reps", 101))),
				"exercisesPerformed[0].reps");
		refused(Map.of("exercisesPerformed", java.util.Collections.nCopies(31, Map.of("name", "Bridge"))),
				"exercisesPerformed");
	}

	@Test
	void boundsPatientResponseToOneLine() {
		Map<String, Object> entry = new HashMap<>(entry("MANIPULATION", 5));
		entry.put("patientResponse", "x".repeat(201));
		refused(Map.of("manualTherapy", List.of(entry)), "manualTherapy[0].patientResponse");
	}

	@Test
	void checksADraftRevisionTheSameWay() {
		UUID noteId = visits.opened(therapist.token(), visits.appointment(therapist.therapistId()).id(),
				Visits.completeNote());
		visits.revise(therapist.token(), noteId, Map.of("manualTherapy", List.of(entry("MANIPULATION", 3))))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("manualTherapy[0].grade");
	}

	@Test
	void addendaHoldTenThousandCharactersAndAreNotBlank() {
		UUID noteId = visits.signedNote(therapist.token(), visits.appointment(therapist.therapistId()).id());
		for (String text : List.of("x".repeat(10_001), "  ")) {
			visits.addAddendum(therapist.token(), noteId, text)
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("text");
		}
		visits.addAddendum(therapist.token(), noteId, "x".repeat(10_000)).expectStatus().isCreated();
	}

	private static Map<String, Object> entry(String technique, Integer grade) {
		Map<String, Object> entry = new HashMap<>(
				Map.of("technique", technique, "region", "SACROILIAC_JOINT", "side", "LEFT", "minutes", 6));
		if (grade != null) {
			entry.put("grade", grade);
		}
		return entry;
	}

	private void refusedEntry(Map<String, Object> entry, String field) {
		refused(Map.of("manualTherapy", List.of(entry)), field);
	}

	private void refused(Map<String, Object> body, String field) {
		visits.open(therapist.token(), visits.appointment(therapist.therapistId()).id(), body)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ilium.example/problems/validation")
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	private void accepted(Map<String, Object> entry) {
		visits
			.open(therapist.token(), visits.appointment(therapist.therapistId()).id(),
					Map.of("manualTherapy", List.of(entry)))
			.expectStatus()
			.isCreated();
	}

}
