package ilium;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's first command promises a clinic to look at: the demo profile's data
 * ({@code db/demo}) applies on top of the migrations, its staff sign in, and the reports,
 * outcome summaries and the episode of care (certification, progress reports, billing
 * days, worklist) have something to show.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "ilium.security.token-secret=test-secret-that-is-long-enough-for-hs256")
@ActiveProfiles("demo")
@AutoConfigureRestTestClient
@Import(TestDatabaseConfiguration.class)
class DemoDataTests {

	static final String PASSWORD = "ilium-demo-password";

	static final String WALTER = "00000000-0000-4000-8000-000000000213";

	static final String WALTER_PLAN = "00000000-0000-4000-8000-000000000613";

	static final String ROSA = "00000000-0000-4000-8000-000000000214";

	@Autowired
	RestTestClient http;

	@Test
	void theDemoClinicHasStaffPatientsPlansAndOutcomes() {
		LocalDate today = LocalDate.now(ZoneId.of("America/Los_Angeles"));
		String range = "from=" + today.minusDays(89) + "&to=" + today;
		String admin = token("admin");
		JsonNode summary = get(admin, "/api/v1/reports/clinic-summary?" + range);
		assertThat(summary.get("newPatients").asInt()).isEqualTo(14);
		assertThat(summary.get("activePlans").asInt()).isEqualTo(8);
		assertThat(get(admin, "/api/v1/reports/outcomes?" + range).findValuesAsString("groupName"))
			.contains("Maya Okafor", "Daniel Reyes");
		JsonNode outcomes = get(token("maya"),
				"/api/v1/patients/00000000-0000-4000-8000-000000000203/outcomes/summary");
		assertThat(outcomes.get(0).get("instrument").asString()).isEqualTo("NPRS");
		assertThat(outcomes.get(0).get("baseline").asInt()).isEqualTo(7);
		assertThat(outcomes.get(0).get("latest").asInt()).isZero();
		assertThat(outcomes.get(0).get("improvedByMcid").asBoolean()).isTrue();
		// 90 days of schedule: both therapists mostly booked, few no-shows.
		assertThat(get(admin, "/api/v1/reports/utilization?" + range).valueStream()
			.map(row -> row.get("utilization").asDouble())).hasSize(2)
			.allSatisfy(rate -> assertThat(rate).isBetween(0.5, 0.9));
		assertThat(summary.get("noShowRate").asDouble()).isBetween(0.0, 0.15);
		assertThat(summary.get("appointmentsBooked").asInt()).isGreaterThan(900);
		assertThat(token("frontdesk")).isNotBlank();
		assertThat(token("daniel")).isNotBlank();
	}

	@Test
	void everyDemoPlanWasRecordedThroughTheRedFlagGate() {
		String maya = token("maya");
		LocalDate today = LocalDate.now(ZoneId.of("America/Los_Angeles"));
		for (String n : List.of("201", "202", "203", "204", "205", "206", "213", "214")) {
			String patient = "/api/v1/patients/00000000-0000-4000-8000-000000000" + n;
			JsonNode screenings = get(maya, patient + "/screenings").get("content");
			assertThat(screenings.valueStream().map(s -> s.get("resolved").asBoolean())).containsOnly(true);
			assertThat(LocalDate.parse(screenings.get(0).get("screenedOn").asString()))
				.isAfterOrEqualTo(today.minusDays(30));
			JsonNode plan = get(maya, patient + "/treatment-plans").get("content").get(0);
			assertThat(plan.get("status").asString()).isEqualTo("ACTIVE");
			assertThat(plan.get("goals").isEmpty()).isFalse();
			assertThat(plan.get("statusHistory").valueStream().map(c -> c.get("status").asString()))
				.containsExactly("DRAFT", "ACTIVE");
			JsonNode program = get(maya, "/api/v1/treatment-plans/" + plan.get("id").asString() + "/home-program");
			assertThat(program.get("programStatus").asString()).isEqualTo("ACTIVE");
			assertThat(program.get("exercises").isEmpty()).isFalse();
		}
		JsonNode grace = get(maya, "/api/v1/patients/00000000-0000-4000-8000-000000000207/screenings");
		assertThat(grace.get("content").get(0).get("disposition").asString()).isEqualTo("URGENT_REFERRAL");
		assertThat(grace.get("content").get(0).get("resolved").asBoolean()).isFalse();
	}

	@Test
	void theMedicarePatientIsCertifiedAndHisProgressReportIsDueSoon() {
		String maya = token("maya");
		LocalDate today = LocalDate.now(ZoneId.of("America/Los_Angeles"));
		List<LocalDate> visits = lastWeekdays(today, 9, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
		LocalDate d0 = visits.getFirst();
		JsonNode plan = get(maya, "/api/v1/treatment-plans/" + WALTER_PLAN);
		assertThat(plan.get("payerProfile").asString()).isEqualTo("MEDICARE_PART_B");
		assertThat(plan.get("referral").get("npi").asString()).isEqualTo("1234567893");
		assertThat(plan.get("plannedServices").valueStream().map(JsonNode::asString)).contains("97110", "97140",
				"97530");
		assertThat(get(maya, "/api/v1/treatment-plans/" + WALTER_PLAN + "/goals").valueStream()
			.filter(goal -> goal.hasNonNull("measure") && goal.hasNonNull("targetDate"))
			.map(goal -> goal.get("id").asString())).contains("LTG1", "STG1");

		JsonNode certifications = get(maya, "/api/v1/treatment-plans/" + WALTER_PLAN + "/certifications");
		assertThat(certifications.get("episodeStartDate").asString()).isEqualTo(d0.toString());
		JsonNode first = certifications.get("intervals").get(0);
		assertThat(certifications.get("intervals").size()).isOne();
		assertThat(first.get("seq").asInt()).isOne();
		assertThat(first.get("intervalStart").asString()).isEqualTo(d0.toString());
		assertThat(first.get("method").asString()).isEqualTo("SIGNED");
		assertThat(LocalDate.parse(first.get("signedOn").asString())).isBefore(d0.plusDays(31));
		assertThat(first.get("status").asString()).isEqualTo("CERTIFIED");

		JsonNode open = get(maya, "/api/v1/treatment-plans/" + WALTER_PLAN + "/progress-reports").get("openPeriod");
		assertThat(open.get("start").asString()).isEqualTo(d0.toString());
		assertThat(open.get("treatmentDays").asInt()).isEqualTo(9);
		assertThat(open.get("status").asString()).isEqualTo("DUE_SOON");

		JsonNode worklist = get(maya, "/api/v1/compliance/worklist?size=200").get("content");
		assertThat(worklist.valueStream().filter(row -> row.get("planId").asString().equals(WALTER_PLAN)))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.get("enforced").asBoolean()).isTrue();
				assertThat(row.get("items")
					.valueStream()
					.map(item -> item.get("code").asString() + " " + item.get("date").asString() + " "
							+ item.get("treatmentDaysInPeriod").asInt()))
					.containsExactly("PROGRESS_REPORT_DUE_SOON " + d0 + " 9");
			});
	}

	@Test
	void theMedicarePatientsDaysBillMixedCodesByTheCmsRuleWithKx() {
		String maya = token("maya");
		LocalDate today = LocalDate.now(ZoneId.of("America/Los_Angeles"));
		List<LocalDate> visits = lastWeekdays(today, 9, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
		JsonNode days = get(maya,
				"/api/v1/patients/" + WALTER + "/billing-days?from=" + visits.getFirst() + "&to=" + today);
		assertThat(days.valueStream().map(day -> day.get("date").asString()))
			.containsExactlyElementsOf(visits.stream().map(LocalDate::toString).toList());
		// CMS (R3): the 4th day is U11 (97110 33 + 97140 7 minutes: 2 + 1 units), the 5th
		// U10's tie (the lower code wins), the 6th 97140 with 97530.
		assertThat(days.valueStream().map(DemoDataTests::units)).containsExactly("97110x1 97162x1", "97110x2 97140x1",
				"97110x1 97530x2", "97110x2 97140x1", "97110x2 97112x1", "97140x1 97530x1", "97110x2 97530x1",
				"97110x2 97140x1", "97110x2 97530x1");
		assertThat(days.get(3).get("lines").valueStream().map(line -> line.get("minutes").asInt())).containsExactly(33,
				7);
		assertThat(days.get(4).get("tieBrokenBy").asString()).isEqualTo("LOWER_CPT");
		assertThat(days.get(5).get("flags").valueStream().map(JsonNode::asString)).contains("NCCI_PAIR_REVIEW");
		// Certified and within the progress-report clock and the plan's frequency: no
		// compliance flag on any day.
		assertThat(days.valueStream().flatMap(day -> day.get("flags").valueStream()).map(JsonNode::asString))
			.isSubsetOf("NCCI_PAIR_REVIEW", "TARGETED_REVIEW_RISK");
		// KX: 2,400.00 allowed elsewhere that year, + 97110 (29.00) + 97162 (99.00)
		// passes
		// the 2,480.00 threshold on the evaluation's line.
		JsonNode evaluation = days.get(0);
		assertThat(evaluation.get("payerProfile").asString()).isEqualTo("MEDICARE_PART_B");
		assertThat(evaluation.get("kxStatus").asString()).isEqualTo("OVER_THRESHOLD");
		assertThat(evaluation.get("kxRunningTotal").decimalValue()).isEqualByComparingTo(new BigDecimal("2528.00"));
		assertThat(evaluation.get("lines").valueStream().map(line -> line.get("modifiers").toString()))
			.containsExactly("[\"GP\"]", "[\"GP\",\"KX\"]");
		JsonNode configuration = get(maya, "/api/v1/billing-config/" + visits.getFirst().getYear());
		assertThat(configuration.get("kxThreshold").decimalValue()).isEqualByComparingTo(new BigDecimal("2480.00"));
		JsonNode ledger = get(maya, "/api/v1/patients/" + WALTER + "/kx-ledger/" + visits.getFirst().getYear());
		assertThat(ledger.get("priorYtdAllowed").decimalValue()).isEqualByComparingTo(new BigDecimal("2400.00"));
		assertThat(ledger.get("kxStatus").asString()).isEqualTo("OVER_THRESHOLD");
	}

	@Test
	void theCommercialPatientsDaysBillByTheCptRule() {
		LocalDate today = LocalDate.now(ZoneId.of("America/Los_Angeles"));
		List<LocalDate> visits = lastWeekdays(today, 4, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
		JsonNode days = get(token("maya"),
				"/api/v1/patients/" + ROSA + "/billing-days?from=" + visits.getFirst() + "&to=" + today);
		assertThat(days.valueStream().map(day -> day.get("date").asString()))
			.containsExactlyElementsOf(visits.stream().map(LocalDate::toString).toList());
		assertThat(days.valueStream().map(day -> day.get("payerProfile").asString() + " " + day.get("kxStatus")))
			.containsOnly("COMMERCIAL_CPT_RULE \"NOT_APPLICABLE\"");
		// Each code alone (R4): 97530's 7 minutes bill nothing (CMS would give it the 3rd
		// unit of 40 minutes); 97110 10 + 97140 10 bill 2 (CMS: 1); 97112 22 + 97110 22
		// bill 2 (CMS: 3).
		assertThat(days.valueStream().map(DemoDataTests::units)).containsExactly("97110x1 97161x1", "97110x2 97530x0",
				"97110x1 97140x1", "97110x1 97112x1");
		JsonNode unbilled = days.get(1).get("lines").get(1);
		assertThat(unbilled.get("minutes").asInt()).isEqualTo(7);
		assertThat(unbilled.get("modifiers").isEmpty()).isTrue();
	}

	/** The last {@code count} of these weekdays before today, oldest first. */
	private static List<LocalDate> lastWeekdays(LocalDate today, int count, DayOfWeek... weekdays) {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = today.minusDays(1); days.size() < count; day = day.minusDays(1)) {
			if (Set.of(weekdays).contains(day.getDayOfWeek())) {
				days.addFirst(day);
			}
		}
		return days;
	}

	/** A billing day's lines as {@code <cpt>x<units>}, by CPT. */
	private static String units(JsonNode day) {
		return String.join(" ",
				day.get("lines")
					.valueStream()
					.map(line -> line.get("cpt").asString() + "x" + line.get("units").asInt())
					.toList());
	}

	private String token(String username) {
		return http.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", username, "password", PASSWORD))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("accessToken")
			.asString();
	}

	private JsonNode get(String token, String uri) {
		return http.get()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

}
