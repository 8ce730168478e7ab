package ilium.fhir;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.jspecify.annotations.Nullable;

import ilium.patients.PatientView;
import ilium.patients.Sex;
import ilium.therapists.TherapistView;

/**
 * Patients and therapists as FHIR {@code Patient} and {@code Practitioner}
 * (docs/fhir.md).
 */
final class PeopleMapping {

	private static final String CONTACT_ROLE = "http://terminology.hl7.org/CodeSystem/v2-0131";

	private PeopleMapping() {
	}

	static Patient patient(PatientView view) {
		Patient patient = new Patient();
		patient.setId(view.id().toString());
		patient.getMeta().setVersionId(Long.toString(view.version()));
		patient.addIdentifier().setSystem(Fhir.PATIENT_ID).setValue(view.id().toString());
		patient.setActive(view.active());
		patient.addName(name(view.firstName(), view.lastName()));
		telecom(patient.addTelecom(), ContactPointSystem.PHONE, view.phone());
		telecom(patient.addTelecom(), ContactPointSystem.EMAIL, view.email());
		patient.getTelecom().removeIf(contact -> !contact.hasValue());
		if (view.sex() != null) {
			patient.setGender(gender(view.sex()));
		}
		patient.setBirthDateElement(new DateType(view.dateOfBirth().toString()));
		if (view.addressLine() != null || view.city() != null || view.postalCode() != null) {
			Address address = patient.addAddress().setCity(view.city()).setPostalCode(view.postalCode());
			if (view.addressLine() != null) {
				address.addLine(view.addressLine());
			}
		}
		if (view.emergencyContactName() != null || view.emergencyContactPhone() != null) {
			Patient.ContactComponent contact = patient.addContact();
			contact.addRelationship(new CodeableConcept()
				.addCoding(new org.hl7.fhir.r4.model.Coding(CONTACT_ROLE, "C", "Emergency Contact")));
			if (view.emergencyContactName() != null) {
				contact.setName(new HumanName().setText(view.emergencyContactName()));
			}
			telecom(contact.addTelecom(), ContactPointSystem.PHONE, view.emergencyContactPhone());
			contact.getTelecom().removeIf(point -> !point.hasValue());
		}
		return patient;
	}

	static Practitioner practitioner(TherapistView view) {
		Practitioner practitioner = new Practitioner();
		practitioner.setId(view.id().toString());
		practitioner.getMeta().setVersionId(Long.toString(view.version()));
		if (view.npi() != null) {
			practitioner.addIdentifier().setSystem(Fhir.NPI).setValue(view.npi());
		}
		practitioner.addIdentifier().setSystem(Fhir.LICENSE).setValue(view.licenseNumber());
		practitioner.setActive(view.active());
		practitioner.addName(name(view.firstName(), view.lastName()));
		telecom(practitioner.addTelecom(), ContactPointSystem.PHONE, view.phone());
		telecom(practitioner.addTelecom(), ContactPointSystem.EMAIL, view.email());
		practitioner.getTelecom().removeIf(contact -> !contact.hasValue());
		return practitioner;
	}

	static HumanName name(String first, String last) {
		return new HumanName().setUse(HumanName.NameUse.OFFICIAL).setFamily(last).addGiven(first);
	}

	private static void telecom(ContactPoint point, ContactPointSystem system, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			point.setSystem(system).setValue(value);
		}
	}

	private static AdministrativeGender gender(Sex sex) {
		return switch (sex) {
			case FEMALE -> AdministrativeGender.FEMALE;
			case MALE -> AdministrativeGender.MALE;
			case OTHER -> AdministrativeGender.OTHER;
			case UNKNOWN -> AdministrativeGender.UNKNOWN;
		};
	}

}
