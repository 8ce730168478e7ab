package ilium.charges;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;
import ilium.Staff.SignedInTherapist;
import ilium.visits.ServiceNotes.Visit;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import static ilium.charges.Charges.K1_DATE;
import static ilium.visits.ServiceNotes.DATE_OF_SERVICE;
import static ilium.visits.ServiceNotes.line;
import static ilium.visits.ServiceNotes.lines;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The charges report (EPISODE.md HTTP, {@code GET /reports/charges}): one row per billing
 * line with a unit, over every patient billed in the period, by date, patient and CPT, as
 * the billing day counts it, with its rendering therapist; JSON or CSV, for admins, each
 * patient listed audited. Other tests bill in the same periods, so each test reads its
 * own patients' rows.
 */
@HttpTest
class ChargeReportTests {

	private static final String HEADER = "dateOfService,patientId,renderingTherapistId,renderingTherapistNpi,"
			+ "payerProfile,cpt,modifiers,units,diagnosisCode,flags";

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	private Charges charges;

	private SignedInTherapist therapist;

	@BeforeEach
	void setUp() {
		charges = new Charges(http, jdbc, staff);
		therapist = staff.newTherapist();
	}

	@Test
	void listsEachLineWithAUnitAsItsBillingDayCountsIt() {
		// 97110 18, 97116 10, 97035 8 = 36 minutes → 2 units: 97110×1, 97116×1 (larger
		// remainder), 97035×0, which is no charge. 97116 and 97035 are not among the
		// plan's planned services: the day's flag is on every row.
		String npi = charges.npi(therapist);
		UUID patientId = charges.visits().patient();
		UUID planId = charges.visits().activePlan(patientId, therapist.therapistId());
		charges.signed(therapist,
				new Visit(patientId, planId, charges.appointment(patientId, therapist, DATE_OF_SERVICE, "09:00")),
				"services", lines(line("97110", 18), line("97116", 10), line("97035", 8)), "totalTreatmentMinutes", 36);
		List<JsonNode> rows = rowsOf(Set.of(patientId), DATE_OF_SERVICE, DATE_OF_SERVICE);
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).toString()).startsWith("""
				{"dateOfService":"%s","patientId":"%s","renderingTherapistId":"%s","renderingTherapistNpi":"%s",\
				"payerProfile":"MEDICARE_PART_B","cpt":"97110","modifiers":["GP"],"units":1,"diagnosisCode":"M53.3",\
				"flags":[""".formatted(DATE_OF_SERVICE, patientId, therapist.therapistId(), npi));
		assertThat(rows.get(1).get("cpt").asString()).isEqualTo("97116");
		assertThat(rows.get(1).get("units").asInt()).isEqualTo(1);
		// The flags are the billing day's, whichever it raises.
		JsonNode day = billingDay(patientId, DATE_OF_SERVICE);
		assertThat(day.get("flags").valueStream().map(JsonNode::asString)).contains("SERVICE_NOT_IN_POC");
		assertThat(rows).allSatisfy(row -> assertThat(row.get("flags")).isEqualTo(day.get("flags")));
	}

	@Test
	void carriesTheKxModifierOfTheYearsLedger() {
		// K1: 97110×2 (2460.00, no KX), 97140×1 (2490.00, KX).
		UUID patientId = charges.visits().patient();
		charges.k1(patientId, therapist);
		List<JsonNode> rows = rowsOf(Set.of(patientId), K1_DATE, K1_DATE);
		assertThat(rows)
			.extracting(row -> row.get("cpt").asString() + " " + row.get("units").asInt() + " "
					+ row.get("modifiers").toString())
			.containsExactly("97110 2 [\"GP\"]", "97140 1 [\"GP\",\"KX\"]");
	}

	@Test
	void ordersRowsByDateThenPatientThenCode() {
		LocalDate earlier = DATE_OF_SERVICE.minusDays(1);
		UUID first = charges.visits().patient();
		UUID second = charges.visits().patient();
		UUID firstPlan = charges.visits().activePlan(first, therapist.therapistId());
		UUID secondPlan = charges.visits().activePlan(second, therapist.therapistId());
		// Billed in an order the report must not keep: the later date first, codes
		// given high to low.
		billed(first, firstPlan, DATE_OF_SERVICE, "11:00");
		billed(second, secondPlan, earlier, "12:00");
		billed(first, firstPlan, earlier, "13:00");
		UUID low = (first.toString().compareTo(second.toString()) < 0) ? first : second;
		UUID high = low.equals(first) ? second : first;
		List<JsonNode> rows = rowsOf(Set.of(first, second), earlier, DATE_OF_SERVICE);
		assertThat(rows)
			.extracting(row -> row.get("dateOfService").asString() + " " + row.get("patientId").asString() + " "
					+ row.get("cpt").asString())
			.containsExactly(earlier + " " + low + " 97110", earlier + " " + low + " 97530",
					earlier + " " + high + " 97110", earlier + " " + high + " 97530",
					DATE_OF_SERVICE + " " + first + " 97110", DATE_OF_SERVICE + " " + first + " 97530");
	}

	@Test
	void theTherapistWithTheMostMinutesOfACodeRendersItTheFirstSignedOnATie() {
		// Same date and plan: the second therapist signs first with 97110 10 and 97112
		// 10, the first with 97110 10 and 97112 20. 97110 ties (the first signed
		// renders it: the second therapist); 97112 goes to the first therapist's 20
		// minutes.
		SignedInTherapist other = staff.newTherapist();
		UUID patientId = charges.visits().patient();
		UUID planId = charges.visits().activePlan(patientId, therapist.therapistId());
		LocalDate date = DATE_OF_SERVICE.minusDays(3);
		Visit late = new Visit(patientId, planId, charges.appointment(patientId, therapist, date, "08:00"));
		Visit early = new Visit(patientId, planId, charges.appointment(patientId, other, date, "10:00"));
		charges.signed(other, early, "services", lines(line("97110", 10), line("97112", 10)), "totalTreatmentMinutes",
				20);
		charges.signed(therapist, late, "services", lines(line("97110", 10), line("97112", 20)),
				"totalTreatmentMinutes", 30);
		List<JsonNode> rows = rowsOf(Set.of(patientId), date, date);
		assertThat(rows).extracting(row -> row.get("cpt").asString() + " " + row.get("renderingTherapistId").asString())
			.containsExactly("97110 " + other.therapistId(), "97112 " + therapist.therapistId());
		assertThat(rows.get(0).get("renderingTherapistNpi").isNull()).isTrue();
	}

	@Test
	void answersCsvWithTheJsonNamesAsHeaderAndListsJoinedBySemicolons() {
		String npi = charges.npi(therapist);
		UUID patientId = charges.visits().patient();
		charges.k1(patientId, therapist);
		String csv = report(staff.admin(), "text/csv", K1_DATE, K1_DATE).expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("text/csv")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(csv.lines().findFirst()).hasValue(HEADER);
		String flags = billingDay(patientId, K1_DATE).get("flags")
			.valueStream()
			.map(JsonNode::asString)
			.collect(Collectors.joining(";"));
		assertThat(flags).as("K1's day is raised a flag at least").isNotEmpty();
		Map<String, String> common = Map.of("dateOfService", K1_DATE.toString(), "patientId", patientId.toString(),
				"renderingTherapistId", therapist.therapistId().toString(), "renderingTherapistNpi", npi,
				"payerProfile", "MEDICARE_PART_B", "diagnosisCode", "M53.3", "flags", flags);
		assertThat(csvRows(csv).stream().filter(row -> row.get("patientId").equals(patientId.toString())))
			.containsExactly(row(common, "cpt", "97110", "modifiers", "GP", "units", "2"),
					row(common, "cpt", "97140", "modifiers", "GP;KX", "units", "1"));
	}

	@Test
	void isForAdminsOverAPeriodOfAtMostAYear() {
		report(therapist.token(), MediaType.APPLICATION_JSON_VALUE, DATE_OF_SERVICE, DATE_OF_SERVICE).expectStatus()
			.isForbidden();
		report(staff.frontDesk(), "text/csv", DATE_OF_SERVICE, DATE_OF_SERVICE).expectStatus().isForbidden();
		refused(report(staff.admin(), MediaType.APPLICATION_JSON_VALUE, DATE_OF_SERVICE, DATE_OF_SERVICE.minusDays(1)),
				"to");
		refused(report(staff.admin(), MediaType.APPLICATION_JSON_VALUE, DATE_OF_SERVICE.minusDays(366),
				DATE_OF_SERVICE), "to");
		refused(http.get()
			.uri("/api/v1/reports/charges?to={to}", DATE_OF_SERVICE)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.exchange(), "from");
		refused(http.get()
			.uri("/api/v1/reports/charges?from={from}", DATE_OF_SERVICE)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.exchange(), "to");
	}

	@Test
	void auditsEachPatientListedAndNoOther() {
		// A patient billed before the period, and one whose day in it bills no unit (7
		// minutes), are not listed.
		UUID listed = charges.visits().patient();
		UUID before = charges.visits().patient();
		UUID noUnit = charges.visits().patient();
		LocalDate date = DATE_OF_SERVICE.minusDays(4);
		billed(listed, charges.visits().activePlan(listed, therapist.therapistId()), date, "09:00");
		billed(before, charges.visits().activePlan(before, therapist.therapistId()), date.minusDays(1), "09:00");
		UUID noUnitPlan = charges.visits().activePlan(noUnit, therapist.therapistId());
		charges.signed(therapist, new Visit(noUnit, noUnitPlan, charges.appointment(noUnit, therapist, date, "11:00")),
				"services", lines(line("97110", 7)), "totalTreatmentMinutes", 7);
		assertThat(rowsOf(Set.of(listed, before, noUnit), date, date))
			.extracting(row -> row.get("patientId").asString())
			.containsExactly(listed.toString(), listed.toString());
		assertThat(charges.auditLines(listed, "LIST", "report", "charges")).isEqualTo(1);
		assertThat(charges.auditLines(before, "LIST", "report", "charges")).isZero();
		assertThat(charges.auditLines(noUnit, "LIST", "report", "charges")).isZero();
	}

	/** A Medicare note of the patient on the date: 97530 20 min, 97110 15 min. */
	private void billed(UUID patientId, UUID planId, LocalDate date, String time) {
		charges.signed(therapist, new Visit(patientId, planId, charges.appointment(patientId, therapist, date, time)),
				"services", lines(line("97530", 20), line("97110", 15)), "totalTreatmentMinutes", 35);
	}

	/** The CSV's rows, by the names of its header line. */
	private static List<Map<String, String>> csvRows(String csv) {
		CsvMapper mapper = new CsvMapper();
		return mapper.readerForMapOf(String.class)
			.with(CsvSchema.emptySchema().withHeader())
			.<Map<String, String>>readValues(csv)
			.readAll();
	}

	private static Map<String, String> row(Map<String, String> common, String... more) {
		Map<String, String> row = new HashMap<>(common);
		for (int i = 0; i < more.length; i += 2) {
			row.put(more[i], more[i + 1]);
		}
		return row;
	}

	/** The patient's billing day of the date, as an admin reads it. */
	private JsonNode billingDay(UUID patientId, LocalDate date) {
		JsonNode days = http.get()
			.uri("/api/v1/patients/{id}/billing-days?from={from}&to={to}", patientId, date, date)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(days.size()).isEqualTo(1);
		return days.get(0);
	}

	/** The admin's JSON report of the period, only the rows of these patients. */
	private List<JsonNode> rowsOf(Set<UUID> patients, LocalDate from, LocalDate to) {
		JsonNode rows = report(staff.admin(), MediaType.APPLICATION_JSON_VALUE, from, to).expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		return rows.valueStream()
			.filter(row -> patients.contains(UUID.fromString(row.get("patientId").asString())))
			.toList();
	}

	private RestTestClient.ResponseSpec report(String token, String accept, LocalDate from, LocalDate to) {
		return http.get()
			.uri("/api/v1/reports/charges?from={from}&to={to}", from, to)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.header(HttpHeaders.ACCEPT, accept)
			.exchange();
	}

	private static void refused(RestTestClient.ResponseSpec response, String field) {
		response.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
	}

}
