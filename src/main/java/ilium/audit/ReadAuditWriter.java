package ilium.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The one writer of the lines that record reads: a bounded queue and a single thread that
 * takes what has gathered (up to {@link AuditProperties#maxBatch()} lines, waiting at
 * most {@link AuditProperties#batchWindow()} once it holds one) and writes it with one
 * multi-row INSERT that is its own transaction, on a connection of its own
 * ({@link ReadLineBatches}). When PostgreSQL has flushed that commit, every request
 * waiting on one of those lines is released; if the INSERT fails, each of them fails too
 * (and answers 503), so a response is never sent for a read whose line is not durable.
 * Concurrent reads thus share one statement, one commit and one WAL flush instead of
 * paying for their own.
 * <p>
 * A full queue refuses the line ({@link AuditTrailUnavailable}, 503): nothing is ever
 * dropped. Stopping (after the web server has stopped taking requests) writes what is
 * still queued.
 */
@Component
class ReadAuditWriter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ReadAuditWriter.class);

	/** Stops after the web server (which stops at {@code Integer.MAX_VALUE - 1}). */
	private static final int PHASE = Integer.MAX_VALUE - 2048;

	private final ReadLineBatches batches;

	private final AuditProperties properties;

	private final BlockingQueue<Pending> queue;

	private volatile boolean running;

	private volatile boolean failing;

	private @Nullable Thread writer;

	ReadAuditWriter(ReadLineBatches batches, AuditProperties properties) {
		this.batches = batches;
		this.properties = properties;
		this.queue = new ArrayBlockingQueue<>(properties.queueCapacity());
	}

	/**
	 * Queues a line; the future completes once it is durable, or fails.
	 * @throws AuditTrailUnavailable when the queue is full or the writer is not running
	 */
	CompletableFuture<Void> submit(AuditRecord line, Instant at) {
		Pending pending = new Pending(line, at, new CompletableFuture<>());
		if (!running) {
			throw new AuditTrailUnavailable("The audit writer is not running");
		}
		if (!queue.offer(pending)) {
			throw new AuditTrailUnavailable("The audit queue is full");
		}
		return pending.written();
	}

	@Override
	public synchronized void start() {
		running = true;
		Thread thread = new Thread(this::writeUntilStopped, "audit-writer");
		thread.setDaemon(true);
		thread.start();
		writer = thread;
	}

	@Override
	public void stop() {
		Thread thread;
		synchronized (this) {
			running = false;
			thread = writer;
			writer = null;
		}
		if (thread != null) {
			try {
				thread.join(properties.durableWithin().toMillis() * 2);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private void writeUntilStopped() {
		while (running || !queue.isEmpty()) {
			try {
				List<Pending> batch = nextBatch();
				if (!batch.isEmpty()) {
					write(batch);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * The lines gathered: at least one (after waiting up to 100 ms for it, so that a stop
	 * is noticed), then whatever arrives within the batch window, up to the batch size.
	 */
	private List<Pending> nextBatch() throws InterruptedException {
		List<Pending> batch = new ArrayList<>();
		Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
		if (first == null) {
			return batch;
		}
		batch.add(first);
		int max = properties.maxBatch();
		queue.drainTo(batch, max - batch.size());
		long deadline = System.nanoTime() + properties.batchWindow().toNanos();
		while (batch.size() < max) {
			long left = deadline - System.nanoTime();
			Pending next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
			if (next == null) {
				break;
			}
			batch.add(next);
			queue.drainTo(batch, max - batch.size());
		}
		return batch;
	}

	private void write(List<Pending> batch) {
		try {
			batches.write(batch);
		}
		catch (RuntimeException ex) {
			if (!failing) {
				// One line per outage, without the SQL or the lines' values.
				log.warn("Audit lines of {} reads could not be written ({}); those reads answer 503", batch.size(),
						ex.getClass().getSimpleName());
				failing = true;
			}
			AuditTrailUnavailable failure = new AuditTrailUnavailable("The audit lines could not be written", ex);
			batch.forEach(pending -> pending.written().completeExceptionally(failure));
			return;
		}
		if (failing) {
			log.info("Audit lines are being written again");
			failing = false;
		}
		batch.forEach(pending -> pending.written().complete(null));
	}

	/** A line waiting to be written, and the request waiting on it. */
	record Pending(AuditRecord line, Instant at, CompletableFuture<Void> written) {
	}

}
