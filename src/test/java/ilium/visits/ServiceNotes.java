package ilium.visits;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.test.web.servlet.client.RestTestClient;

import ilium.Clinic;

/**
 * Visits with services (EPISODE.md R5) for one therapist: each visit starts an hour after
 * the last, from 08:00 clinic time two days ago, so one test's visits share a date of
 * service and never overlap; note bodies and the checks of their problems.
 */
public final class ServiceNotes {

	static final String PROBLEMS = "https://ilium.example/problems/";

	/** Two days ago, clinic time: the date of service of every visit made here. */
	public static final LocalDate DATE_OF_SERVICE = LocalDate.now(Clinic.ZONE).minusDays(2);

	private final Visits visits;

	private final UUID therapistId;

	private int hour;

	public ServiceNotes(Visits visits, UUID therapistId) {
		this.visits = visits;
		this.therapistId = therapistId;
	}

	/** A 45-minute visit of this type for a new patient who has an ACTIVE plan. */
	public Visit visit(String type) {
		UUID patientId = visits.patient();
		return visit(patientId, visits.activePlan(patientId, therapistId), type);
	}

	/** A further 45-minute visit of the patient, on the same date of service. */
	public Visit visit(UUID patientId, UUID planId, String type) {
		return new Visit(patientId, planId, visits.appointmentOn(patientId, therapistId, type, nextStart()));
	}

	private Instant nextStart() {
		return Clinic.at(DATE_OF_SERVICE, "08:00").plus(hour++, ChronoUnit.HOURS);
	}

	/**
	 * A SOAP note given under the visit's plan, with these further fields (name, value,
	 * ...).
	 */
	public static Map<String, Object> note(Visit visit, Object... fields) {
		Map<String, Object> body = new HashMap<>(Visits.noteWithoutTreatment());
		body.put("treatmentPlanId", visit.planId());
		for (int index = 0; index < fields.length; index += 2) {
			body.put((String) fields[index], fields[index + 1]);
		}
		return body;
	}

	/** A service line with its minutes. */
	public static Map<String, Object> line(String cpt, int minutes) {
		return Map.of("cpt", cpt, "minutes", minutes);
	}

	/** A service line without minutes. */
	public static Map<String, Object> line(String cpt) {
		return Map.of("cpt", cpt);
	}

	@SafeVarargs
	public static List<Map<String, Object>> lines(Map<String, Object>... lines) {
		return List.of(lines);
	}

	/** Example E2 of EPISODE.md: 97162. */
	public static Map<String, Object> moderateComplexity() {
		return Map.of("personalFactorsAndComorbidities", 2, "examinedElements", 3, "presentation", "EVOLVING",
				"decisionMaking", "MODERATE");
	}

	/** A manual-therapy entry of these minutes on the pelvis. */
	public static Map<String, Object> manualTherapy(int minutes) {
		return Map.of("technique", "SOFT_TISSUE_MOBILIZATION", "region", "PELVIS", "minutes", minutes);
	}

	/** Checks a problem of this status and slug naming this field. */
	static void refused(RestTestClient.ResponseSpec response, int status, String slug, String field) {
		response.expectStatus()
			.isEqualTo(status)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEMS + slug)
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	/** A visit: its patient, the patient's plan, its appointment. */
	public record Visit(UUID patientId, UUID planId, UUID appointmentId) {
	}

}
