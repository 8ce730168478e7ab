package ilium.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ilium.episode.ComplianceWorklist;
import ilium.episode.WorklistPlanView;
import ilium.patients.PatientRegistry;
import ilium.patients.PatientView;
import ilium.scheduling.AppointmentBook;
import ilium.scheduling.AppointmentView;
import ilium.shared.ClinicProperties;
import ilium.shared.CurrentStaff;
import ilium.shared.PageQuery;
import ilium.visits.VisitCharting;
import ilium.visits.VisitNoteView;

/**
 * {@code /app/my-day} (WEB.md), a therapist's home: their appointments today, each with
 * its patient's chart, and the compliance worklist of their plans as of today (what is
 * due or overdue: certifications, progress reports, discharge summaries, gaps in care,
 * pain flags from home exercise). The same {@link AppointmentBook} list and
 * {@link ComplianceWorklist} as the JSON API, and each draft read through
 * {@link VisitCharting} as the API reads a note, so each is audited as its twin is.
 */
@Controller
@PreAuthorize("hasRole('THERAPIST')")
class MyDayPage {

	private static final PageQuery WHOLE_DAY = new PageQuery(0, PageQuery.MAX_SIZE);

	private static final PageQuery WORKLIST = new PageQuery(0, 50);

	private final AppointmentBook book;

	private final ComplianceWorklist worklist;

	private final VisitCharting notes;

	private final PatientRegistry patients;

	private final Clock clock;

	private final ClinicProperties clinic;

	MyDayPage(AppointmentBook book, ComplianceWorklist worklist, VisitCharting notes, PatientRegistry patients,
			Clock clock, ClinicProperties clinic) {
		this.book = book;
		this.worklist = worklist;
		this.notes = notes;
		this.patients = patients;
		this.clock = clock;
		this.clinic = clinic;
	}

	@GetMapping("/app/my-day")
	String myDay(Model model) {
		LocalDate today = LocalDate.now(clock.withZone(clinic.timeZone()));
		UUID therapistId = CurrentStaff.require().therapistId();
		List<AppointmentView> appointments = book.list(today, today, therapistId, null, null, WHOLE_DAY).content();
		List<VisitNoteView> drafts = notes.draftsOfCurrentTherapist();
		List<WorklistPlanView> due = worklist.on(today, WORKLIST).content();
		Map<UUID, PatientView> named = new HashMap<>();
		appointments.forEach(appointment -> named.computeIfAbsent(appointment.patientId(), patients::read));
		drafts.forEach(note -> named.computeIfAbsent(note.patientId(), patients::read));
		due.forEach(plan -> named.computeIfAbsent(plan.patientId(), patients::read));
		model.addAttribute("today", today);
		model.addAttribute("rows",
				appointments.stream()
					.map(appointment -> ScheduleRow.of(appointment, named.get(appointment.patientId()), null,
							clinic.timeZone()))
					.toList());
		model.addAttribute("drafts", drafts);
		model.addAttribute("worklist", due);
		model.addAttribute("named", named);
		return "app/my-day";
	}

}
