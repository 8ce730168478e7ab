package ilium.visits;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;

/**
 * The shapes API.md leaves open (exercises performed, manual therapy side) are published
 * in the OpenAPI document.
 */
@HttpTest
class VisitNoteOpenApiTests {

	@Autowired
	RestTestClient http;

	@Test
	void publishesTheShapeOfExercisesPerformedAndManualTherapy() {
		http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/v1/appointments/{appointmentId}/visit-note'].post")
			.exists()
			.jsonPath("$.components.schemas.ExercisePerformed.properties.name.maxLength")
			.isEqualTo(200)
			.jsonPath("$.components.schemas.ExercisePerformed.properties.holdSeconds.maximum")
			.isEqualTo(600)
			.jsonPath("$.components.schemas.ExercisePerformed.properties.exerciseId")
			.exists()
			.jsonPath("$.components.schemas.ManualTherapyEntry.properties.side.enum")
			.isEqualTo(java.util.List.of("LEFT", "RIGHT", "BILATERAL"))
			.jsonPath("$.components.schemas.DraftVisitNote.properties.manualTherapy.maxItems")
			.isEqualTo(20);
	}

}
