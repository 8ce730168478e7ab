package ilium.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser on the pages, over real HTTP: it keeps its cookies, follows no
 * redirect by itself (tests look at each one), and remembers the CSRF token of the last
 * page it read, which {@link #submit} sends back as a form does.
 */
final class PageVisitor {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient client;

	private String csrf = "";

	PageVisitor(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** Reads a page, remembering its CSRF token if it has a form. */
	HttpResponse<String> get(String path) {
		HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
		Matcher token = CSRF.matcher(page.body());
		if (token.find()) {
			csrf = token.group(1);
		}
		return page;
	}

	/** Posts a form with the CSRF token of the last page read. */
	HttpResponse<String> submit(String path, Map<String, String> fields) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", csrf);
		return post(path, form);
	}

	/** Posts a form as it is, without a CSRF token unless {@code fields} has one. */
	HttpResponse<String> post(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Signs in through the form and answers the redirect it got. */
	HttpResponse<String> signIn(String username, String password) {
		get("/app/login");
		return submit("/app/login", Map.of("username", username, "password", password));
	}

	/** The session cookie's value, if the visitor has one. */
	Optional<String> session() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("ILIUM_SESSION"))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	/** Forgets its cookies and sends {@code value} as the session cookie from now on. */
	void useSession(String value) {
		cookies.getCookieStore().removeAll();
		HttpCookie cookie = new HttpCookie("ILIUM_SESSION", value);
		cookie.setPath("/app");
		cookie.setVersion(0);
		cookies.getCookieStore().add(URI.create(base + "/app"), cookie);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
