package ilium.web;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ilium.HttpTest;
import ilium.Staff;
import ilium.therapists.Therapists;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WEB.md, Routes: the reports, the staff accounts and the audit trail are the admin's
 * alone; the front desk and therapists get a page saying so, and their forms change
 * nothing.
 */
@HttpTest
class AdminPageRolesTests {

	@LocalServerPort
	int port;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@CsvSource({ "FRONT_DESK, /app/reports", "THERAPIST, /app/reports", "FRONT_DESK, /app/reports/outcomes.csv",
			"THERAPIST, /app/reports/clinic-summary.csv", "FRONT_DESK, /app/admin/staff", "THERAPIST, /app/admin/staff",
			"FRONT_DESK, /app/admin/audit", "THERAPIST, /app/admin/audit" })
	void showsOtherRolesAPageSayingTheAdminPagesAreNotTheirsAndAuditsTheRefusal(String role, String path) {
		String username = newAccount(role);
		PageVisitor visitor = new PageVisitor(port);
		visitor.signIn(username, Staff.PASSWORD);

		HttpResponse<String> refused = visitor.get(path);

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(refused.body()).contains("This page is not open to your role.").doesNotContain("Reports</a>");
		assertThat(jdbc.sql("""
				select count(*) from audit_event
				 where username = :username and action = 'READ' and outcome = 'DENIED'
				""").param("username", username).query(Long.class).single()).isEqualTo(1);
	}

	@ParameterizedTest
	@CsvSource({ "FRONT_DESK", "THERAPIST" })
	void letsNoOtherRoleDeactivateAnAccount(String role) {
		String target = staff.newAccount("FRONT_DESK", null);
		PageVisitor visitor = new PageVisitor(port);
		visitor.signIn(newAccount(role), Staff.PASSWORD);
		visitor.get("/app/patients");

		HttpResponse<String> refused = visitor.submit("/app/admin/staff/" + staff.accountId(target) + "/deactivate",
				Map.of());

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("select active from staff_account where username = :username")
			.param("username", target)
			.query(Boolean.class)
			.single()).isTrue();
	}

	private String newAccount(String role) {
		return staff.newAccount(role, role.equals("THERAPIST") ? new Therapists(jdbc).newTherapist() : null);
	}

}
