package ilium.episode;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;
import ilium.Staff.SignedInTherapist;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * EPISODE.md R12 and the HTTP line of {@code GET .../hep-adherence}: the entries of a
 * range, oldest first, and per prescription the latest band, the mean of its last 4
 * entries up to {@code to} (one decimal, half up) and the latest pain flag; and the pain
 * flags the compliance worklist raises while they are the prescription's latest entry.
 */
@HttpTest
class AdherenceSummaryTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	@Autowired
	HomeExerciseAdherence adherence;

	AdherenceFixtures clinic;

	SignedInTherapist therapist;

	UUID patientId;

	UUID planId;

	LocalDate today;

	LocalDate start;

	@BeforeEach
	void setUp() {
		clinic = new AdherenceFixtures(http, jdbc);
		therapist = staff.newTherapist();
		patientId = clinic.newPatient();
		today = AdherenceFixtures.today();
		start = today.minusDays(42);
		planId = clinic.planActiveSince(patientId, therapist.therapistId(), start);
	}

	@Test
	void summarisesTheLastFourEntriesUpToToWhateverFrom() {
		UUID stretch = clinic.prescribedOn(planId, start, 1, 7);
		// 100, 43, 71, 86, 57 %: the last four average 64.25, 64.3 half up.
		int[] done = { 7, 3, 5, 6, 4 };
		for (int week = 0; week < done.length; week++) {
			clinic.recorded(therapist.token(), planId, AdherenceFixtures.report(stretch, week(week), done[week], null));
		}

		JsonNode all = read("?from=" + week(3) + "&to=" + week(4));

		assertThat(all.get("entries").valueStream().map(e -> e.get("reportedOn").asString()))
			.containsExactly(week(3).toString(), week(4).toString());
		JsonNode summary = all.get("summary").get(0);
		assertThat(summary.get("prescriptionId").asString()).isEqualTo(stretch.toString());
		assertThat(summary.get("meanLast4").decimalValue()).isEqualByComparingTo("64.3");
		assertThat(summary.get("latestBand").asString()).isEqualTo("PARTIAL");
		assertThat(summary.get("painFlag").asBoolean()).isFalse();
	}

	@Test
	void theSummaryIsAsOfToAndIgnoresLaterEntries() {
		UUID stretch = clinic.prescribedOn(planId, start, 1, 7);
		int[] done = { 7, 3, 5, 6, 4 };
		for (int week = 0; week < done.length; week++) {
			clinic.recorded(therapist.token(), planId,
					AdherenceFixtures.report(stretch, week(week), done[week], week == 3 ? 8 : null));
		}

		JsonNode summary = read("?from=" + week(0) + "&to=" + week(3)).get("summary").get(0);

		// 100, 43, 71, 86: 75.0; the latest (86 %, pain 8) is ADHERENT and flagged.
		assertThat(summary.get("meanLast4").decimalValue()).isEqualByComparingTo("75.0");
		assertThat(summary.get("latestBand").asString()).isEqualTo("ADHERENT");
		assertThat(summary.get("painFlag").asBoolean()).isTrue();
	}

	@Test
	void summarisesEachPrescriptionInThePlansOrderWithFewerThanFourEntries() {
		UUID stretch = clinic.prescribedOn(planId, start, 1, 7);
		UUID bridge = clinic.prescribedOn(planId, start, 1, 5);
		clinic.recorded(therapist.token(), planId, AdherenceFixtures.report(bridge, week(1), 1, null));
		clinic.recorded(therapist.token(), planId, AdherenceFixtures.report(stretch, week(2), 6, null));
		clinic.recorded(therapist.token(), planId, AdherenceFixtures.report(bridge, week(2), 4, null));

		JsonNode body = read("");

		assertThat(body.get("entries").size()).isEqualTo(3);
		assertThat(body.get("summary").valueStream().map(s -> s.get("prescriptionId").asString()))
			.containsExactly(stretch.toString(), bridge.toString());
		// bridge: 20 % and 80 %.
		assertThat(body.get("summary").get(1).get("meanLast4").decimalValue()).isEqualByComparingTo("50.0");
		assertThat(body.get("summary").get(1).get("latestBand").asString()).isEqualTo("ADHERENT");
	}

	@Test
	void withoutARangeItReadsTheYearUpToToday() {
		UUID stretch = clinic.prescribedOn(planId, start, 1, 7);
		clinic.recorded(therapist.token(), planId, AdherenceFixtures.report(stretch, today, 7, null));
		clinic.recorded(therapist.token(), planId, AdherenceFixtures.report(stretch, today.plusDays(7), 7, null));

		assertThat(read("").get("entries").valueStream().map(e -> e.get("reportedOn").asString()))
			.containsExactly(today.toString());
	}

	@Test
	void aRangeLongerThan366DaysOrBackwardsIsRefused() {
		clinic.get(therapist.token(), path("?from=2026-01-01&to=2027-01-02"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("to");
		clinic.get(therapist.token(), path("?from=2026-03-02&to=2026-03-01"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("from");
		clinic.get(therapist.token(), path("?from=2026-01-01&to=2026-12-31")).expectStatus().isOk();
	}

	@Test
	void readingIsAuditedWithThePatient() {
		read("");

		assertThat(clinic.auditCount(patientId, "ALLOWED")).isEqualTo(1);
	}

	@Test
	void anUnknownPlanIsNotFound() {
		clinic.get(therapist.token(), "/api/v1/treatment-plans/" + UUID.randomUUID() + "/hep-adherence")
			.expectStatus()
			.isNotFound();
	}

	@Test
	void aPainFlagStandsWhileItIsThePrescriptionsLatestEntry() {
		UUID stretch = clinic.prescribedOn(planId, start, 1, 7);
		UUID bridge = clinic.prescribedOn(planId, start, 1, 5);
		clinic.recorded(therapist.token(), planId, AdherenceFixtures.report(stretch, week(1), 7, 7));
		clinic.recorded(therapist.token(), planId, AdherenceFixtures.report(stretch, week(2), 7, 2));
		clinic.recorded(therapist.token(), planId, AdherenceFixtures.report(bridge, week(2), 5, 6));
		clinic.recorded(therapist.token(), planId, AdherenceFixtures.report(bridge, week(3), 5, 5));

		assertThat(adherence.painFlags(planId, week(1))).containsExactly(new HepPainFlag(planId, stretch, week(1), 7));
		assertThat(adherence.painFlags(planId, week(2).minusDays(1)))
			.containsExactly(new HepPainFlag(planId, stretch, week(1), 7));
		assertThat(adherence.painFlags(planId, week(2))).containsExactly(new HepPainFlag(planId, bridge, week(2), 6));
		assertThat(adherence.painFlags(planId, week(3))).isEmpty();
		assertThat(adherence.painFlags(List.of(), week(3))).isEmpty();
	}

	@Test
	void painFlagsOfManyPlansComeByPlan() {
		UUID stretch = clinic.prescribedOn(planId, start, 1, 7);
		UUID otherPlan = clinic.planActiveSince(clinic.newPatient(), therapist.therapistId(), start);
		UUID other = clinic.prescribedOn(otherPlan, start, 1, 7);
		clinic.recorded(therapist.token(), planId, AdherenceFixtures.report(stretch, week(1), 7, 9));
		clinic.recorded(therapist.token(), otherPlan, AdherenceFixtures.report(other, week(2), 7, 6));

		List<HepPainFlag> flags = adherence.painFlags(List.of(planId, otherPlan), today);

		assertThat(flags).containsExactlyInAnyOrder(new HepPainFlag(planId, stretch, week(1), 9),
				new HepPainFlag(otherPlan, other, week(2), 6));
	}

	/** The last day of the n-th week of the plan (n from 0). */
	private LocalDate week(int n) {
		return start.plusDays(6 + 7L * n);
	}

	private JsonNode read(String query) {
		return clinic.get(therapist.token(), path(query))
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private String path(String query) {
		return "/api/v1/treatment-plans/" + planId + "/hep-adherence" + query;
	}

}
