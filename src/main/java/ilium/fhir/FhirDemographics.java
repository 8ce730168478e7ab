package ilium.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import ilium.patients.PatientCriteria;
import ilium.patients.PatientRegistry;
import ilium.scheduling.AppointmentBook;
import ilium.shared.ClinicException;
import ilium.shared.ClinicProperties;
import ilium.therapists.TherapistRoster;

/**
 * Demographics and the schedule as FHIR: {@code Patient}, {@code Practitioner} and
 * {@code Appointment} reads and searches, each one call of its module's API, so audited
 * (and run in a transaction or not) exactly as the JSON API's twin is.
 */
@Service
class FhirDemographics {

	static final Set<String> PATIENT_SEARCH = Set.of("name", "birthdate", "identifier");

	static final Set<String> APPOINTMENT_SEARCH = Set.of("patient", "practitioner", "date");

	/** An identifier that is no UUID names no patient: a search that matches none. */
	private static final UUID NO_SUCH_PATIENT = new UUID(0, 0);

	private final PatientRegistry patients;

	private final TherapistRoster therapists;

	private final AppointmentBook appointments;

	private final ClinicProperties clinic;

	FhirDemographics(PatientRegistry patients, TherapistRoster therapists, AppointmentBook appointments,
			ClinicProperties clinic) {
		this.patients = patients;
		this.therapists = therapists;
		this.appointments = appointments;
		this.clinic = clinic;
	}

	public Patient patient(String id) {
		return PeopleMapping.patient(patients.read(uuid(id, "Patient")));
	}

	public Bundle patients(Map<String, String[]> parameters) {
		SearchRequest search = SearchRequest.of(parameters, PATIENT_SEARCH);
		LocalDate birthDate = birthDate(search);
		@Nullable UUID id = null;
		String identifier = search.token("identifier", Fhir.PATIENT_ID).orElse(null);
		if (identifier != null) {
			id = FhirIds.uuid(identifier).orElse(NO_SUCH_PATIENT);
		}
		PatientCriteria criteria = new PatientCriteria(id, search.value("name").orElse(null), birthDate);
		return Bundles.searchset(patients.search(criteria, search.page()).map(PeopleMapping::patient));
	}

	public Practitioner practitioner(String id) {
		return PeopleMapping.practitioner(therapists.read(uuid(id, "Practitioner")));
	}

	public Appointment appointment(String id) {
		return AppointmentMapping.appointment(appointments.read(uuid(id, "Appointment")));
	}

	public Bundle appointments(Map<String, String[]> parameters) {
		SearchRequest search = SearchRequest.of(parameters, APPOINTMENT_SEARCH);
		SearchRequest.DateBounds days = search.dates("date");
		ZoneId zone = clinic.timeZone();
		Instant from = days.from() == null ? null : days.from().atStartOfDay(zone).toInstant();
		Instant to = days.to() == null ? null : days.to().atStartOfDay(zone).toInstant();
		return Bundles.searchset(appointments
			.search(from, to, search.reference("practitioner", "Practitioner").orElse(null),
					search.reference("patient", "Patient").orElse(null), search.page())
			.map(AppointmentMapping::appointment));
	}

	/** {@code birthdate} names one day ({@code 1980-04-02} or {@code eq1980-04-02}). */
	private static @Nullable LocalDate birthDate(SearchRequest search) {
		SearchRequest.DateBounds days = search.dates("birthdate");
		if (days.equals(SearchRequest.DateBounds.ALL)) {
			return null;
		}
		if (days.from() == null || !days.from().plusDays(1).equals(days.to())) {
			throw FhirRequestException.badParameter("birthdate", "must be one day, YYYY-MM-DD");
		}
		return days.from();
	}

	static UUID uuid(String id, String type) {
		return FhirIds.uuid(id).orElseThrow(() -> ClinicException.notFound(type));
	}

}
