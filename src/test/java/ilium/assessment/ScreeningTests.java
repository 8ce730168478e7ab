package ilium.assessment;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.HttpTest;
import ilium.Staff;
import ilium.treatment.ClinicalFixtures;

import static org.assertj.core.api.Assertions.assertThat;

@HttpTest
class ScreeningTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staff staff;

	ClinicalFixtures clinic;

	String therapist;

	UUID patientId;

	@BeforeEach
	void setUp() {
		clinic = new ClinicalFixtures(http, jdbc);
		therapist = staff.newTherapist().token();
		patientId = clinic.newPatient();
	}

	@Test
	void aScreeningWithoutFlagsIsClearToTreat() {
		clinic.post(therapist, screenings(), ClinicalFixtures.screening())
			.expectStatus()
			.isCreated()
			.expectHeader()
			.exists("Location")
			.expectBody()
			.jsonPath("$.id")
			.isNotEmpty()
			.jsonPath("$.redFlags")
			.isEmpty()
			.jsonPath("$.disposition")
			.isEqualTo("CLEAR_TO_TREAT")
			.jsonPath("$.resolved")
			.isEqualTo(true);
	}

	@Test
	void theInfectionPatternIsAnUrgentReferral() {
		clinic
			.post(therapist, screenings(),
					ClinicalFixtures.screening("fever", "lowBackOrButtockPain", "deepThighPain", "historyOfCancer"))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.redFlags[0]")
			.isEqualTo("POSSIBLE_SI_JOINT_INFECTION")
			.jsonPath("$.redFlags[1]")
			.isEqualTo("POSSIBLE_MALIGNANCY")
			.jsonPath("$.disposition")
			.isEqualTo("URGENT_REFERRAL")
			.jsonPath("$.resolved")
			.isEqualTo(false);
	}

	@Test
	void aContributingFactorCanRaiseInfectionRisk() {
		Map<String, Object> body = ClinicalFixtures.screening();
		body.put("contributingFactors", java.util.List.of("ENDOCARDITIS", "PREGNANCY"));
		body.put("painSide", "LEFT");
		body.put("nprs", 6);
		clinic.post(therapist, screenings(), body)
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.redFlags[0]")
			.isEqualTo("INFECTION_RISK")
			.jsonPath("$.disposition")
			.isEqualTo("REFER_TO_PHYSICIAN")
			.jsonPath("$.contributingFactors.length()")
			.isEqualTo(2);
	}

	@Test
	void everyQuestionMustBeAnswered() {
		Map<String, Object> body = ClinicalFixtures.screening();
		body.remove("saddleAnesthesia");
		clinic.post(therapist, screenings(), body)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("saddleAnesthesia");
	}

	@Test
	void refusesAnNprsAboveTen() {
		Map<String, Object> body = ClinicalFixtures.screening();
		body.put("nprs", 11);
		clinic.post(therapist, screenings(), body)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("nprs");
	}

	@Test
	void aPhysiciansClearanceResolvesAReferralOnce() {
		String id = clinic.screen(therapist, patientId, "majorTrauma").get("id").asString();
		Map<String, Object> clearance = Map.of("clearedBy", "Dr. Ada Lee", "clearedOn",
				ClinicalFixtures.today().toString(), "note", "X-ray clear");
		clinic.post(therapist, screenings() + "/" + id + "/clearance", clearance)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.resolved")
			.isEqualTo(true)
			.jsonPath("$.clearance.clearedBy")
			.isEqualTo("Dr. Ada Lee")
			.jsonPath("$.clearance.clearedOn")
			.isEqualTo(ClinicalFixtures.today().toString());
		clinic.post(therapist, screenings() + "/" + id + "/clearance", clearance).expectStatus().isEqualTo(409);
	}

	@Test
	void readsAScreeningBackByItsLocation() {
		String location = clinic.post(therapist, screenings(), ClinicalFixtures.screening("historyOfCancer"))
			.expectStatus()
			.isCreated()
			.returnResult()
			.getResponseHeaders()
			.getLocation()
			.toString();
		clinic.get(therapist, location)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.redFlags[0]")
			.isEqualTo("POSSIBLE_MALIGNANCY");
	}

	@Test
	void aClearScreeningNeedsNoClearance() {
		String id = clinic.screen(therapist, patientId).get("id").asString();
		clinic
			.post(therapist, screenings() + "/" + id + "/clearance",
					Map.of("clearedBy", "Dr. Ada Lee", "clearedOn", ClinicalFixtures.today().toString()))
			.expectStatus()
			.isEqualTo(409);
	}

	@Test
	void aClearanceNamesThePhysician() {
		String id = clinic.screen(therapist, patientId, "majorTrauma").get("id").asString();
		clinic
			.post(therapist, screenings() + "/" + id + "/clearance",
					Map.of("clearedOn", ClinicalFixtures.today().toString()))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("clearedBy");
	}

	@Test
	void listsThePatientsScreeningsAndAuditsTheRead() {
		clinic.screen(therapist, patientId);
		clinic.screen(therapist, patientId, "fever");
		clinic.get(therapist, screenings())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.page.totalElements")
			.isEqualTo(2)
			.jsonPath("$.content[0].disposition")
			.isEqualTo("REFER_TO_PHYSICIAN");
		assertThat(clinic.auditCount(patientId, "screening", "ALLOWED")).isEqualTo(3);
	}

	@Test
	void frontDeskAndAdminCannotReadOrWriteScreeningsAndAreAudited() {
		clinic.post(staff.frontDesk(), screenings(), ClinicalFixtures.screening()).expectStatus().isForbidden();
		clinic.get(staff.admin(), screenings()).expectStatus().isForbidden();
		assertThat(clinic.auditCount(patientId, "screening", "DENIED")).isEqualTo(2);
	}

	@Test
	void anUnknownPatientIsNotFound() {
		clinic.post(therapist, "/api/v1/patients/" + UUID.randomUUID() + "/screenings", ClinicalFixtures.screening())
			.expectStatus()
			.isNotFound();
	}

	private String screenings() {
		return "/api/v1/patients/" + patientId + "/screenings";
	}

}
