package ilium;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository explains itself: every link in its Markdown documents points at a file
 * inside the repository (or at the web), so a reader of a fresh clone never follows a
 * link into nothing, and never into a directory beside the repository.
 */
class DocumentationLinksTests {

	private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

	@Test
	void everyRelativeLinkInTheDocsResolvesInsideTheRepository() throws IOException {
		Path root = Path.of("").toAbsolutePath();
		List<String> broken = new ArrayList<>();
		for (Path document : markdownDocuments()) {
			Matcher link = LINK.matcher(Files.readString(document));
			while (link.find()) {
				String target = link.group(1).replaceFirst("#.*$", "");
				if (target.isEmpty() || target.matches("^[a-z]+:.*")) {
					continue;
				}
				Path resolved = document.toAbsolutePath().getParent().resolve(target).normalize();
				if (!resolved.startsWith(root) || !Files.exists(resolved)) {
					broken.add(root.relativize(document.toAbsolutePath()) + " → " + link.group(1));
				}
			}
		}
		assertThat(broken).as("links that lead nowhere or out of the repository").isEmpty();
	}

	private static List<Path> markdownDocuments() throws IOException {
		try (Stream<Path> docs = Stream.of(Path.of("README.md"), Path.of("db", "README.md"),
				Path.of("bench", "README.md")); Stream<Path> inDocs = Files.list(Path.of("docs"))) {
			return Stream.concat(docs, inDocs.filter(path -> path.toString().endsWith(".md"))).toList();
		}
	}

}
