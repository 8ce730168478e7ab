package ilium.patients;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.shared.ClinicException;
import ilium.shared.DatabaseConstraint;
import ilium.shared.MergePatch;
import ilium.shared.PageQuery;
import ilium.shared.PageView;
import ilium.shared.SharedProblems;
import ilium.shared.StaleVersionException;
import tools.jackson.databind.JsonNode;

/**
 * The clinic's patients: registration with a duplicate guard, search, merge-patch edits
 * and archiving. Every read and change of a patient's record is written to the audit
 * trail in the same transaction.
 */
@Service
public class PatientRegistry {

	private static final String RESOURCE = "patient";

	private final PatientRepository patients;

	private final PatientSearch search;

	private final MergePatch mergePatch;

	private final AuditTrail auditTrail;

	private final Clock clock;

	PatientRegistry(PatientRepository patients, PatientSearch search, MergePatch mergePatch, AuditTrail auditTrail,
			Clock clock) {
		this.patients = patients;
		this.search = search;
		this.mergePatch = mergePatch;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	/**
	 * Registers a patient; 409 ({@link DuplicatePatientException}) when an active patient
	 * has the same names (ignoring case) and date of birth.
	 */
	@Transactional
	public PatientView register(RegisterPatient patient) {
		checkBirthDate(patient);
		UUID id = UUID.randomUUID();
		if (!patients.insertUnlessDuplicate(id, patient, clock.instant())) {
			throw patients.activeDuplicateOf(patient, id)
				.map(DuplicatePatientException::of)
				.orElseGet(DuplicatePatientException::unnamed);
		}
		auditTrail.allowed(AuditAction.CREATE, AuditResource.PATIENT, id, id);
		return patients.find(id).orElseThrow();
	}

	/**
	 * The patient's demographics (audited as a read); 404 when unknown. One SELECT, so no
	 * transaction of its own (see {@link AuditTrail#record}): one round trip.
	 */
	public PatientView read(UUID patientId) {
		PatientView patient = patients.find(patientId).orElseThrow(() -> ClinicException.notFound(RESOURCE));
		auditTrail.allowed(AuditAction.READ, AuditResource.PATIENT, patientId, patientId);
		return patient;
	}

	/**
	 * The demographics of several patients at once, by id (a page that names many
	 * patients, such as a week of the schedule): one SELECT, and one audited read per
	 * patient found, as {@link #read} would write. Unknown ids are left out. A read-only
	 * transaction, although it is one SELECT: its lines then go to the audit writer
	 * together when it commits and the page waits for them once, where outside a
	 * transaction each line would wait for its own flush in turn (a week of the schedule
	 * naming 46 patients took 46 flushes, over 100 ms).
	 */
	@Transactional(readOnly = true)
	public Map<UUID, PatientView> readAll(Collection<UUID> patientIds) {
		Map<UUID, PatientView> found = new HashMap<>();
		if (patientIds.isEmpty()) {
			return found;
		}
		for (PatientView patient : patients.findAll(Set.copyOf(patientIds))) {
			auditTrail.allowed(AuditAction.READ, AuditResource.PATIENT, patient.id(), patient.id());
			found.put(patient.id(), patient);
		}
		return found;
	}

	/**
	 * Applies a JSON merge patch of {@link RegisterPatient}'s fields. With
	 * {@code expectedVersion} set, a patient changed since that version is left alone
	 * (412).
	 */
	@Transactional
	public PatientView change(UUID patientId, JsonNode patch, @Nullable Long expectedVersion) {
		PatientView current = patients.lock(patientId).orElseThrow(() -> ClinicException.notFound(RESOURCE));
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw StaleVersionException.of(RESOURCE);
		}
		RegisterPatient changed = mergePatch.apply(current.details(), patch, RegisterPatient.class);
		checkBirthDate(changed);
		if (current.active()) {
			patients.activeDuplicateOf(changed, patientId).ifPresent(existing -> {
				throw DuplicatePatientException.of(existing);
			});
		}
		try {
			patients.update(patientId, changed, current.version());
		}
		catch (DataIntegrityViolationException ex) {
			if (DatabaseConstraint.is(ex, "patient_no_active_duplicate")) {
				throw DuplicatePatientException.unnamed();
			}
			throw ex;
		}
		auditTrail.allowed(AuditAction.UPDATE, AuditResource.PATIENT, patientId, patientId);
		return patients.find(patientId).orElseThrow();
	}

	/**
	 * Archives a patient: {@code active} becomes false and nothing is removed (API.md:
	 * nothing that holds clinical or scheduling history is ever hard-deleted). Archiving
	 * an archived patient changes nothing.
	 */
	@Transactional
	public PatientView archive(UUID patientId, @Nullable Long expectedVersion) {
		PatientView current = patients.lock(patientId).orElseThrow(() -> ClinicException.notFound(RESOURCE));
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw StaleVersionException.of(RESOURCE);
		}
		patients.archive(patientId);
		auditTrail.allowed(AuditAction.ARCHIVE, AuditResource.PATIENT, patientId, patientId);
		return patients.find(patientId).orElseThrow();
	}

	/**
	 * Patients matching {@code q} (see {@link PatientSearch}), by name; each patient
	 * listed is audited as searched.
	 */
	@Transactional(readOnly = true)
	public PageView<PatientView> search(@Nullable String q, boolean includeArchived, PageQuery page) {
		PageView<PatientView> found = search.find(q, includeArchived, page);
		found.content()
			.forEach(patient -> auditTrail.allowed(AuditAction.SEARCH, AuditResource.PATIENT, patient.id(),
					patient.id()));
		return found;
	}

	/**
	 * Patients matching every given criterion, archived ones included, by name; each
	 * patient listed is audited as searched.
	 */
	@Transactional(readOnly = true)
	public PageView<PatientView> search(PatientCriteria criteria, PageQuery page) {
		PageView<PatientView> found = search.find(criteria, page);
		found.content()
			.forEach(patient -> auditTrail.allowed(AuditAction.SEARCH, AuditResource.PATIENT, patient.id(),
					patient.id()));
		return found;
	}

	/** Whether a patient with this id exists (active or archived). */
	@Transactional(readOnly = true)
	public boolean exists(UUID patientId) {
		return patients.find(patientId).isPresent();
	}

	/**
	 * Fails with 404 unless the patient exists: for modules that keep records of a
	 * patient.
	 */
	@Transactional(readOnly = true)
	public void requireExists(UUID patientId) {
		if (!exists(patientId)) {
			throw ClinicException.notFound(RESOURCE);
		}
	}

	/**
	 * Fails with 404 unless the patient exists and with 422 when the patient is archived:
	 * for modules that start something new for a patient (an appointment).
	 */
	@Transactional(readOnly = true)
	public void requireActive(UUID patientId) {
		PatientView patient = patients.find(patientId).orElseThrow(() -> ClinicException.notFound(RESOURCE));
		if (!patient.active()) {
			throw ClinicException.ruleViolated(SharedProblems.PATIENT_ARCHIVED, "The patient is archived.");
		}
	}

	private void checkBirthDate(RegisterPatient patient) {
		if (patient.dateOfBirth().isBefore(RegisterPatient.EARLIEST_BIRTH)) {
			throw ClinicException.badRequest("dateOfBirth", "must be on or after 1880-01-01");
		}
	}

}
