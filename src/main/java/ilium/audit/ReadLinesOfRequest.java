package ilium.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The read lines a request has queued and must see durable before it answers. A read's
 * transaction queues its lines when it commits; {@link AuditedBeforeAnswer} waits for
 * them before the first byte of the response body, and {@link AuditedRequestFilter}
 * before the request ends in any case. Outside a request (a job, a test calling a
 * service), the caller waits right away.
 */
final class ReadLinesOfRequest {

	private static final String ATTRIBUTE = ReadLinesOfRequest.class.getName();

	private ReadLinesOfRequest() {
	}

	/** Waits for this line with the request, or now when there is no request. */
	static void awaitWithRequest(CompletableFuture<Void> line, Duration within) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			awaitNow(line, within);
			return;
		}
		pending(request, true).add(line);
	}

	/** Waits for this line now. */
	static void awaitNow(CompletableFuture<Void> line, Duration within) {
		await(List.of(line), within);
	}

	/** Waits until every line the current request queued is durable. */
	static void awaitAll(Duration within) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		List<CompletableFuture<Void>> lines = request == null ? null : pending(request, false);
		if (lines == null || lines.isEmpty()) {
			return;
		}
		List<CompletableFuture<Void>> waiting = List.copyOf(lines);
		lines.clear();
		await(waiting, within);
	}

	private static void await(List<CompletableFuture<Void>> lines, Duration within) {
		try {
			CompletableFuture.allOf(lines.toArray(CompletableFuture[]::new))
				.get(within.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (ExecutionException ex) {
			throw new AuditTrailUnavailable("A read's audit line could not be written", ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new AuditTrailUnavailable("A read's audit line was not written in time", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AuditTrailUnavailable("Interrupted while waiting for a read's audit line", ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static @Nullable List<CompletableFuture<Void>> pending(RequestAttributes request, boolean create) {
		Object lines = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (lines == null && create) {
			lines = new ArrayList<CompletableFuture<Void>>();
			request.setAttribute(ATTRIBUTE, lines, RequestAttributes.SCOPE_REQUEST);
		}
		return (List<CompletableFuture<Void>>) lines;
	}

}
