import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP side of the benchmark (bench/run.sh runs it): latency percentiles for one
 * client and throughput for many, against a running Ilium over real HTTP. Plain JDK, no
 * dependencies, so `java bench/Bench.java <scenario> ...` runs it.
 *
 * Scenarios (each prints one line `name key=value ...`):
 *   latency NAME SECONDS PATH_TEMPLATE      one client, p50/p95/p99 in ms
 *   throughput NAME SECONDS CLIENTS PATH_TEMPLATE...   requests/s with CLIENTS at once, each
 *                                                      request on one of the templates at random
 *   pages NAME SECONDS PATH...              one browser-like client signed in through the
 *                                           form (/app/login, session cookie, CSRF): p50/p95/p99
 *                                           over all the pages in turn, and the slowest page's p95
 * PATH_TEMPLATE placeholders: {patientId} {therapistId} {q} {monday} {friday} {from} {to}.
 * Environment: ILIUM_URL, ILIUM_USER, ILIUM_PASSWORD. Ids follow bench/generate.sql's scheme.
 */
public class Bench {

	static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.executor(Executors.newVirtualThreadPerTaskExecutor())
		.build();

	static String base = env("ILIUM_URL", "http://localhost:8080");

	static String token;

	static final int PATIENTS = 100_000;

	static final int THERAPISTS = 50;

	/** What a front desk types: parts of names with and without accents, phone digits, birth dates. */
	static final List<String> TERMS = List.of("garcia", "García", "müller", "muller", "okafor", "nguyen", "jose",
			"maría", "zoe", "renee", "ibanez", "o'brien", "kowal", "hern", "smith", "lopez", "sofia", "jurgen",
			"francois", "helene", "ngozi", "priya", "nunez", "schafer", "415 123", "5550", "0042", "1975-03-12",
			"1988-11-30", "ana lopez", "liam smith");

	static String patient(long i) {
		return "00000000-0000-4000-b000-%012d".formatted(1 + i % PATIENTS);
	}

	static String therapist(long i) {
		return "00000000-0000-4000-a000-%012d".formatted(1 + i % THERAPISTS);
	}

	public static void main(String[] args) throws Exception {
		token = signIn(env("ILIUM_USER", "bench-admin"), env("ILIUM_PASSWORD", "ilium-demo-password"));
		switch (args[0]) {
			case "latency" -> latency(args[1], Integer.parseInt(args[2]), args[3]);
			case "throughput" -> throughput(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]),
					List.of(args).subList(4, args.length));
			case "pages" -> pages(args[1], Integer.parseInt(args[2]), List.of(args).subList(3, args.length));
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

	static void latency(String name, int seconds, String template) throws Exception {
		warmUp(template);
		List<Long> nanos = new ArrayList<>();
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		int errors = 0;
		while (System.nanoTime() < end) {
			long start = System.nanoTime();
			int status = get(expand(template)).statusCode();
			nanos.add(System.nanoTime() - start);
			if (status != 200) {
				errors++;
			}
		}
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf(Locale.ROOT, "%s requests=%d errors=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f%n", name,
				sorted.length, errors, ms(percentile(sorted, 50)), ms(percentile(sorted, 95)),
				ms(percentile(sorted, 99)));
	}

	/**
	 * The staff's pages as a browser asks for them: the whole page (HTML, or the handout's
	 * PDF) timed from request to last byte on loopback, so the time is the server's plus a
	 * loopback round trip.
	 */
	static void pages(String name, int seconds, List<String> paths) throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new java.net.CookieManager())
			.build();
		signInThroughForm(browser);
		java.util.Map<String, List<Long>> byPage = new java.util.LinkedHashMap<>();
		for (String path : paths) {
			byPage.put(path, new ArrayList<>());
			for (int i = 0; i < 20; i++) {
				page(browser, path);
			}
		}
		int errors = 0;
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		while (System.nanoTime() < end) {
			for (String path : paths) {
				long start = System.nanoTime();
				int status = page(browser, path);
				byPage.get(path).add(System.nanoTime() - start);
				if (status != 200) {
					errors++;
				}
			}
		}
		long[] all = byPage.values().stream().flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray();
		String slowest = "";
		long slowestP95 = 0;
		for (var entry : byPage.entrySet()) {
			long p95 = percentile(entry.getValue().stream().mapToLong(Long::longValue).sorted().toArray(), 95);
			if (p95 > slowestP95) {
				slowestP95 = p95;
				slowest = entry.getKey().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}");
			}
		}
		System.out.printf(Locale.ROOT,
				"%s pages=%d requests=%d errors=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f slowest=%s slowest_p95_ms=%.1f%n",
				name, paths.size(), all.length, errors, ms(percentile(all, 50)), ms(percentile(all, 95)),
				ms(percentile(all, 99)), slowest, ms(slowestP95));
	}

	static int page(HttpClient browser, String path) throws Exception {
		return browser
			.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray())
			.statusCode();
	}

	static void signInThroughForm(HttpClient browser) throws Exception {
		String form = browser
			.send(HttpRequest.newBuilder(URI.create(base + "/app/login")).GET().build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the sign-in form");
		}
		String body = "username=" + encode(env("ILIUM_USER", "admin")) + "&password="
				+ encode(env("ILIUM_PASSWORD", "ilium-demo-password")) + "&_csrf=" + encode(csrf.group(1));
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/app/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Form sign-in failed: " + signedIn.statusCode());
		}
	}

	static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

	static void throughput(String name, int seconds, int clients, List<String> templates) throws Exception {
		for (String template : templates) {
			warmUp(template);
		}
		run(name, seconds, clients, i -> {
			try {
				String template = templates.get(ThreadLocalRandom.current().nextInt(templates.size()));
				return get(expand(template)).statusCode() == 200;
			}
			catch (Exception ex) {
				return false;
			}
		});
	}

	static void run(String name, int seconds, int clients, IntFunction<Boolean> request) throws Exception {
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicLong ok = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
			for (int c = 0; c < clients; c++) {
				pool.submit(() -> {
					while (running.get()) {
						if (request.apply(0)) {
							ok.incrementAndGet();
						}
						else {
							failed.incrementAndGet();
						}
					}
				});
			}
			long start = System.nanoTime();
			Thread.sleep(seconds * 1000L);
			running.set(false);
			double elapsed = (System.nanoTime() - start) / 1e9;
			pool.shutdown();
			System.out.printf(Locale.ROOT, "%s clients=%d ok=%d failed=%d rps=%.0f%n", name, clients, ok.get(),
					failed.get(), ok.get() / elapsed);
		}
	}

	static void warmUp(String template) throws Exception {
		for (int i = 0; i < 200; i++) {
			get(expand(template));
		}
	}

	static String expand(String template) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		LocalDate monday = LocalDate.of(2026, 11, 2).plusWeeks(random.nextInt(0, 40));
		LocalDate from = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(0, 600));
		return template.replace("{patientId}", patient(random.nextInt(PATIENTS)))
			.replace("{therapistId}", therapist(random.nextInt(THERAPISTS)))
			.replace("{q}", java.net.URLEncoder.encode(TERMS.get(random.nextInt(TERMS.size())),
					java.nio.charset.StandardCharsets.UTF_8))
			.replace("{monday}", monday.toString())
			.replace("{friday}", monday.plusDays(4).toString())
			.replace("{from}", from.toString())
			.replace("{to}", from.plusDays(89).toString());
	}

	static HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String signIn(String user, String password) throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(user, password)))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher matcher = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(response.body());
		if (!matcher.find()) {
			throw new IllegalStateException("Sign-in failed: " + response.statusCode());
		}
		return matcher.group(1);
	}

	static long percentile(long[] sorted, int p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}

	static double ms(long nanos) {
		return nanos / 1e6;
	}

	static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
