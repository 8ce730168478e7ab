package ilium.treatment;

import org.junit.jupiter.api.Test;

import static ilium.treatment.PlanStatus.ACTIVE;
import static ilium.treatment.PlanStatus.COMPLETED;
import static ilium.treatment.PlanStatus.DISCONTINUED;
import static ilium.treatment.PlanStatus.DRAFT;
import static org.assertj.core.api.Assertions.assertThat;

class PlanStatusTests {

	@Test
	void aDraftIsActivatedOrDiscontinued() {
		assertThat(DRAFT.mayBecome(ACTIVE)).isTrue();
		assertThat(DRAFT.mayBecome(DISCONTINUED)).isTrue();
		assertThat(DRAFT.mayBecome(COMPLETED)).isFalse();
	}

	@Test
	void anActivePlanIsCompletedOrDiscontinued() {
		assertThat(ACTIVE.mayBecome(COMPLETED)).isTrue();
		assertThat(ACTIVE.mayBecome(DISCONTINUED)).isTrue();
		assertThat(ACTIVE.mayBecome(DRAFT)).isFalse();
		assertThat(ACTIVE.mayBecome(ACTIVE)).isFalse();
	}

	@Test
	void completedAndDiscontinuedAreFinal() {
		for (PlanStatus next : PlanStatus.values()) {
			assertThat(COMPLETED.mayBecome(next)).isFalse();
			assertThat(DISCONTINUED.mayBecome(next)).isFalse();
		}
		assertThat(COMPLETED.isOpen()).isFalse();
		assertThat(DISCONTINUED.isOpen()).isFalse();
	}

}
