package ilium.shared;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduled work that runs on one instance per period, however many instances share the
 * database (docs/architecture.md, Two instances, one database). Every instance's
 * scheduler fires on its own timer; a run first claims its period in the
 * {@code scheduled_job} row, in the transaction that then does the work:
 * <ul>
 * <li>a run on another instance later in the same period finds {@code last_run_at} too
 * recent and skips, whenever that instance started;
 * <li>one at the same moment waits for the first one's row lock, then finds the row moved
 * and skips (PostgreSQL re-checks an UPDATE's condition on the row it waited for);
 * <li>a run that fails rolls its claim back with its work, so the next attempt on any
 * instance runs it.
 * </ul>
 * The time is the database's {@code now()}, so instances' clocks need not agree. A run
 * counts as due a twentieth of a period early, so that the instance that ran last is not
 * turned away by a few milliseconds of timer drift (leaving the job for a whole extra
 * period). A row rather than {@code pg_try_advisory_xact_lock}: a lock only keeps two
 * runs from overlapping, so two instances whose timers fire a minute apart would both run
 * in one period.
 */
@Component
public class ScheduledJobs {

	private static final Logger log = LoggerFactory.getLogger(ScheduledJobs.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final MeterRegistry meters;

	ScheduledJobs(JdbcClient jdbc, PlatformTransactionManager transactions, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.meters = meters;
	}

	/**
	 * Runs the work here, now, unless some instance ran this job less than a period ago.
	 * With the database away it logs one line (no stack trace, no SQL) and leaves the job
	 * to the next attempt. Counts {@code ilium.scheduled.job.runs} by job and outcome:
	 * {@code ran}, {@code skipped} or {@code failed}.
	 * @param job the job's name: lower-case letters, digits and hyphens
	 * @param period how often the job's scheduler fires
	 * @return whether this instance ran it
	 */
	public boolean runOnce(String job, Duration period, Runnable work) {
		String outcome = "failed";
		try {
			boolean ran = Boolean.TRUE.equals(transaction.execute(status -> claim(job, period) && done(work)));
			outcome = ran ? "ran" : "skipped";
			return ran;
		}
		catch (DataAccessException | TransactionException ex) {
			log.warn("Could not run the scheduled job {} ({}); trying again in {}", job, ex.getClass().getSimpleName(),
					period);
			return false;
		}
		finally {
			meters.counter("ilium.scheduled.job.runs", "job", job, "outcome", outcome).increment();
		}
	}

	private boolean claim(String job, Duration period) {
		jdbc.sql("insert into scheduled_job (name, last_run_at) values (:job, '-infinity') on conflict do nothing")
			.param("job", job)
			.update();
		return jdbc.sql("""
				update scheduled_job set last_run_at = now()
				 where name = :job and last_run_at <= now() - make_interval(secs => :dueAfter)
				returning name
				""")
			.param("job", job)
			.param("dueAfter", period.minus(period.dividedBy(20)).toMillis() / 1000.0)
			.query(String.class)
			.optional()
			.isPresent();
	}

	private static boolean done(Runnable work) {
		work.run();
		return true;
	}

}
