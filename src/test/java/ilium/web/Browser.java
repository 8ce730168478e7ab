package ilium.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import ilium.Staff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) at
 * 1280×800 on the service's pages, with a fresh profile each time. The flags keep it off
 * the network it would otherwise reach for (updates, sync, QUIC), which hangs it on a
 * closed machine. Without Chromium it fails at once with the command that installs it.
 */
final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/**
	 * Where screenshots go: target/ unless {@code -Dilium.screenshots=docs/screenshots}.
	 */
	private static final Path SCREENSHOTS = Path.of(System.getProperty("ilium.screenshots", "target/screenshots"));

	private static final List<String> IMPACTS_THAT_FAIL = List.of("serious", "critical");

	private final String base;

	private final Path profile;

	private final ChromeDriver driver;

	private Browser(String base, Path profile, ChromeDriver driver) {
		this.base = base;
		this.profile = profile;
		this.driver = driver;
	}

	static Browser open(int port) {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			throw new IllegalStateException(
					"The browser tests need Debian's Chromium: run apt-get install -y chromium chromium-driver");
		}
		try {
			Path profile = Files.createTempDirectory("ilium-chromium-");
			ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
				.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--disable-dev-shm-usage", "--user-data-dir=" + profile);
			LoggingPreferences logs = new LoggingPreferences();
			logs.enable(LogType.BROWSER, Level.ALL);
			options.setCapability("goog:loggingPrefs", logs);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().window().setSize(new Dimension(1280, 800));
			return new Browser("http://localhost:" + port, profile, driver);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Opens a path of the service. */
	void visit(String path) {
		driver.get(base + path);
	}

	/** The path (and query) of the page shown. */
	String path() {
		return driver.getCurrentUrl().substring(base.length());
	}

	WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	/**
	 * Signs in through the form as a person would and waits for the role's home page.
	 */
	void signIn(String username, String home) {
		visit("/app/login");
		type("Username", username);
		type("Password", Staff.PASSWORD);
		click("main button[type=submit]");
		waitForPath(home);
	}

	/**
	 * What the link {@code css} leads to, asked with this browser's cookies (its
	 * signed-in session): how a download the browser would hand to a viewer, such as the
	 * handout PDF, is read in a walk.
	 */
	HttpResponse<byte[]> follow(String css) {
		String href = find(css).getAttribute("href");
		String cookies = driver.manage()
			.getCookies()
			.stream()
			.map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Runs a script in the page, as someone at the browser's console could. */
	void script(String javascript) {
		driver.executeScript(javascript);
	}

	/** Chooses the {@code index}th option of the list {@code css}. */
	void choose(String css, int index) {
		new Select(find(css)).selectByIndex(index);
	}

	/** Types into the field labelled {@code label}, as a person would. */
	void type(String label, String text) {
		WebElement field = driver.findElement(By.xpath("//label[normalize-space()='" + label + "']"));
		find("#" + field.getAttribute("for")).sendKeys(text);
	}

	void click(String css) {
		find(css).click();
	}

	/** Waits up to five seconds until the element matching {@code css} shows the text. */
	void waitForText(String css, String text) {
		until(page -> page.findElements(By.cssSelector(css))
			.stream()
			.anyMatch(found -> found.getText().contains(text)));
	}

	/** Waits up to five seconds until the page's path starts with {@code path}. */
	void waitForPath(String path) {
		until(page -> path().startsWith(path));
	}

	/**
	 * Runs axe-core in the page and fails on any serious or critical violation (WEB.md),
	 * naming the rule and the elements.
	 */
	void assertAccessible() {
		Results results = new AxeBuilder().analyze(driver);
		assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
		List<Rule> failing = results.getViolations()
			.stream()
			.filter(rule -> IMPACTS_THAT_FAIL.contains(rule.getImpact()))
			.toList();
		assertThat(failing)
			.as(() -> path() + ": "
					+ failing.stream()
						.map(rule -> rule.getId() + " (" + rule.getHelp() + ") at "
								+ rule.getNodes()
									.stream()
									.map(node -> node.getTarget().toString())
									.collect(Collectors.joining(", ")))
						.collect(Collectors.joining("; ")))
			.isEmpty();
	}

	/**
	 * Fails when the browser reported an error, such as a refusal by the page's policy;
	 * the status of the page itself (a refused form's 400) is the test's to check.
	 */
	void assertNoErrorsLogged() {
		String pageStatus = driver.getCurrentUrl() + " - Failed to load resource";
		List<String> errors = driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.filter(message -> !message.startsWith(pageStatus))
			.toList();
		assertThat(errors).isEmpty();
	}

	/** Scrolls the element matching {@code css} into view, as a person would. */
	void scrollTo(String css) {
		driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", find(css));
	}

	/** Saves the page as seen, named {@code name}.png. */
	void screenshot(String name) {
		File shot = driver.getScreenshotAs(OutputType.FILE);
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void until(ExpectedCondition<Boolean> condition) {
		// htmx replaces what the condition reads while it waits.
		new WebDriverWait(driver, Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

	@Override
	public void close() {
		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
