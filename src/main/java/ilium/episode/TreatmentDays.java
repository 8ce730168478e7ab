package ilium.episode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ilium.billing.CptCode;
import ilium.billing.ServicesGiven;
import ilium.billing.UnitAllocation;
import ilium.billing.UnitRule;
import ilium.treatment.EpisodeStart;
import ilium.treatment.PayerProfile;
import ilium.treatment.PlanOfCare;
import ilium.treatment.PlansOfCare;
import ilium.visits.BillableNote;
import ilium.visits.BillableNotes;

/**
 * A plan's treatment days (EPISODE.md R9): the dates whose billing day, counted from the
 * plan's signed notes by its payer's unit rule, bills at least one unit; visits of one
 * date count once. The first is the episode's start, D0. Computed at each read from the
 * signed notes, never stored. Not audited: callers audit their own read.
 */
@Component
public class TreatmentDays implements EpisodeStart {

	private final BillableNotes notes;

	private final PlansOfCare plans;

	TreatmentDays(BillableNotes notes, PlansOfCare plans) {
		this.notes = notes;
		this.plans = plans;
	}

	/** The plan's treatment days, oldest first. */
	@Transactional(readOnly = true)
	public List<LocalDate> daysOf(UUID planId) {
		UnitRule rule = this.plans.of(planId)
			.map(PlanOfCare::payerProfile)
			.map(PayerProfile::unitRule)
			.orElse(UnitRule.CMS);
		Map<LocalDate, List<ServicesGiven>> byDate = this.notes.ofPlan(planId)
			.stream()
			.collect(Collectors.groupingBy(BillableNote::dateOfService, TreeMap::new,
					Collectors.mapping(BillableNote::services, Collectors.toList())));
		return byDate.entrySet()
			.stream()
			.filter(date -> billsAUnit(rule.allocate(ServicesGiven.ofDate(date.getValue()))))
			.map(Map.Entry::getKey)
			.toList();
	}

	/**
	 * The dates of the plan's signed re-evaluations billing 97164 (R9: each closes a
	 * progress-report period, by clinic convention), oldest first.
	 */
	@Transactional(readOnly = true)
	public List<LocalDate> reEvaluationDays(UUID planId) {
		return this.notes.ofPlan(planId)
			.stream()
			.filter(note -> note.services().untimedCodes().contains(CptCode.RE_EVALUATION))
			.map(BillableNote::dateOfService)
			.distinct()
			.sorted()
			.toList();
	}

	/** D0: the plan's first treatment day. */
	@Override
	@Transactional(readOnly = true)
	public Optional<LocalDate> of(UUID planId) {
		return daysOf(planId).stream().findFirst();
	}

	private static boolean billsAUnit(UnitAllocation date) {
		return date.lines().stream().anyMatch(line -> line.units() >= 1);
	}

}
