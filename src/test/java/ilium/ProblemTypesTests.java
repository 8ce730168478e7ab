package ilium;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module names the problem types it answers in one class, {@code <Module>Problems}
 * ({@code SharedProblems} for those of no single module): one constant per slug, with a
 * Javadoc that says the status and when. These tests keep that catalogue the only place a
 * slug is spelled, and docs/api.md's "Problem types" table equal to it.
 */
class ProblemTypesTests {

	private static final Path MAIN = Path.of("src", "main", "java", "ilium");

	private static final Path API_DOC = Path.of("docs", "api.md");

	private static final Pattern KEBAB = Pattern.compile("[a-z]+(-[a-z]+)*");

	private static final Pattern DOCUMENTED_CONSTANT = Pattern.compile(
			"/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:public\\s+)?static final String (\\w+) = \"([^\"]*)\";", Pattern.DOTALL);

	private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

	private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([^`]+)` \\|.*$", Pattern.MULTILINE);

	/**
	 * One declared slug: where, under which constant, answered with which status and
	 * when.
	 */
	record ProblemType(String module, Class<?> catalogue, String constant, String slug, String status, String when) {

		String row() {
			return "| `" + slug + "` | " + status + " | " + module + " | " + when + " |";
		}

	}

	@Test
	void everySlugIsLowercaseKebab() throws Exception {
		assertThat(declared()).as("slugs that are not lowercase-kebab")
			.filteredOn(type -> !KEBAB.matcher(type.slug()).matches())
			.isEmpty();
	}

	@Test
	void noSlugIsDeclaredTwice() throws Exception {
		Map<String, List<String>> declaredAt = declared().stream()
			.collect(Collectors.groupingBy(ProblemType::slug, Collectors
				.mapping(type -> type.catalogue().getSimpleName() + "." + type.constant(), Collectors.toList())));
		assertThat(declaredAt).as("slugs declared by more than one constant (a slug of several modules is shared's)")
			.allSatisfy((slug, constants) -> assertThat(constants).as(slug).hasSize(1));
	}

	@Test
	void everySlugSaysItsStatusAndWhenItIsAnswered() throws Exception {
		for (Class<?> catalogue : catalogues().values()) {
			Set<String> documented = documented(catalogue).keySet();
			assertThat(slugConstants(catalogue))
				.as("constants of %s without a Javadoc \"<status>: when\"", catalogue.getSimpleName())
				.extracting(Field::getName)
				.allSatisfy(name -> assertThat(documented).contains(name));
		}
	}

	@Test
	void everyDeclaredSlugIsAnsweredOrDocumentedBySomeEndpoint() throws Exception {
		String sources = mainSources().filter(path -> !isCatalogue(path))
			.map(ProblemTypesTests::read)
			.collect(Collectors.joining("\n"));
		assertThat(declared()).as("slugs nothing in src/main/java refers to")
			.filteredOn(type -> !sources.contains(type.catalogue().getSimpleName() + "." + type.constant()))
			.extracting(ProblemType::slug)
			.isEmpty();
	}

	@Test
	void noSourceSpellsASlugOutsideTheCatalogues() throws Exception {
		Set<String> slugs = declared().stream().map(ProblemType::slug).collect(Collectors.toSet());
		List<String> inline = new ArrayList<>();
		for (Path source : mainSources().filter(path -> !isCatalogue(path)).toList()) {
			List<String> lines = Files.readAllLines(source);
			for (int i = 0; i < lines.size(); i++) {
				Matcher literal = STRING_LITERAL.matcher(lines.get(i));
				while (literal.find()) {
					if (slugs.contains(literal.group(1))) {
						inline.add(source + ":" + (i + 1) + " \"" + literal.group(1) + "\"");
					}
				}
			}
		}
		assertThat(inline).as("slugs spelled outside a <Module>Problems class: use its constant").isEmpty();
	}

	@Test
	void apiDocumentListsExactlyTheDeclaredSlugs() throws Exception {
		List<ProblemType> declared = declared().stream().sorted(Comparator.comparing(ProblemType::slug)).toList();
		String expected = declared.stream().map(ProblemType::row).collect(Collectors.joining("\n"));
		Path rendered = Path.of("target", "problem-types.md");
		Files.createDirectories(rendered.getParent());
		Files.writeString(rendered, expected + "\n");
		String section = problemTypesSection();
		Set<String> listed = new TreeSet<>();
		TABLE_ROW.matcher(section).results().forEach(row -> listed.add(row.group(1)));
		Set<String> slugs = declared.stream().map(ProblemType::slug).collect(Collectors.toCollection(TreeSet::new));
		assertThat(listed).as("slugs docs/api.md lists that no <Module>Problems declares").isSubsetOf(slugs);
		assertThat(slugs).as("declared slugs docs/api.md does not list").isSubsetOf(listed);
		String rows = TABLE_ROW.matcher(section).results().map(row -> row.group()).collect(Collectors.joining("\n"));
		assertThat(rows).as("docs/api.md's problem types table: copy its rows from " + rendered).isEqualTo(expected);
	}

	/** Every module's catalogue, by module. */
	static Map<String, Class<?>> catalogues() throws IOException, ClassNotFoundException {
		Map<String, Class<?>> catalogues = new LinkedHashMap<>();
		try (Stream<Path> modules = Files.list(MAIN)) {
			for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
				String name = module.getFileName().toString();
				String simpleName = Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Problems";
				if (Files.exists(module.resolve(simpleName + ".java"))) {
					catalogues.put(name, Class.forName("ilium." + name + "." + simpleName));
				}
			}
		}
		assertThat(catalogues).as("the catalogues").containsKey("shared").hasSizeGreaterThan(1);
		return catalogues;
	}

	/**
	 * Every slug the catalogues declare, read by reflection, with the Javadoc of its
	 * constant.
	 */
	static List<ProblemType> declared() throws Exception {
		List<ProblemType> declared = new ArrayList<>();
		for (Map.Entry<String, Class<?>> catalogue : catalogues().entrySet()) {
			Map<String, String[]> documented = documented(catalogue.getValue());
			for (Field constant : slugConstants(catalogue.getValue())) {
				constant.setAccessible(true);
				String[] doc = documented.getOrDefault(constant.getName(), new String[] { "", "" });
				declared.add(new ProblemType(catalogue.getKey(), catalogue.getValue(), constant.getName(),
						(String) constant.get(null), doc[0], doc[1]));
			}
		}
		return declared;
	}

	private static List<Field> slugConstants(Class<?> catalogue) {
		return Stream.of(catalogue.getDeclaredFields())
			.filter(field -> Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers())
					&& field.getType() == String.class)
			.toList();
	}

	/** Each constant's Javadoc "<status>: when", split, from the catalogue's source. */
	private static Map<String, String[]> documented(Class<?> catalogue) {
		Path source = MAIN.resolve(catalogue.getPackageName().substring("ilium.".length()))
			.resolve(catalogue.getSimpleName() + ".java");
		Map<String, String[]> documented = new LinkedHashMap<>();
		Matcher constant = DOCUMENTED_CONSTANT.matcher(read(source));
		while (constant.find()) {
			String text = constant.group(1)
				.replaceAll("(?m)^\\s*\\*", " ")
				.replaceAll("\\{@(?:code|link) ([^}]*)}", "`$1`")
				.replaceAll("\\s+", " ")
				.strip();
			Matcher statusAndWhen = Pattern.compile("^(\\d{3}): (.+)$").matcher(text);
			if (statusAndWhen.matches()) {
				documented.put(constant.group(2), new String[] { statusAndWhen.group(1), statusAndWhen.group(2) });
			}
		}
		return documented;
	}

	private static String problemTypesSection() {
		String document = read(API_DOC);
		int start = document.indexOf("\n## Problem types\n");
		assertThat(start).as("docs/api.md has a \"## Problem types\" section").isNotNegative();
		int end = document.indexOf("\n## ", start + 1);
		return end < 0 ? document.substring(start) : document.substring(start, end);
	}

	private static boolean isCatalogue(Path source) {
		String module = source.getParent().getFileName().toString();
		String name = source.getFileName().toString();
		return source.getParent().getParent().equals(MAIN)
				&& name.equals(Character.toUpperCase(module.charAt(0)) + module.substring(1) + "Problems.java");
	}

	private static Stream<Path> mainSources() throws IOException {
		try (Stream<Path> files = Files.walk(MAIN)) {
			return files.filter(path -> path.toString().endsWith(".java")).toList().stream();
		}
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
