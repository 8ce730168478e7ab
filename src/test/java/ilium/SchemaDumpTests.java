package ilium;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * db/schema.sql is the schema the migrations build, so that a reviewer sees what a new
 * migration changes and a newcomer reads the whole schema in one place (db/README.md).
 * When they differ, the test writes what the migrations built to target/schema.sql.
 */
@HttpTest
class SchemaDumpTests {

	private static final Path COMMITTED = Path.of("db", "schema.sql");

	private static final Path ACTUAL = Path.of("target", "schema.sql");

	@Autowired
	DatabaseOwner owner;

	@Autowired
	ServiceDatabase database;

	@Test
	void committedSchemaIsWhatTheMigrationsBuild() throws IOException {
		String actual = new MigratedSchema(owner.jdbc()).describe(database.runtimeRole());
		String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "";

		if (!actual.equals(committed)) {
			Files.createDirectories(ACTUAL.getParent());
			Files.writeString(ACTUAL, actual);
		}

		assertThat(actual).as("""
				%s is not the schema the migrations build. If the change is meant, take the new one:
				  cp %s %s
				and commit it with the migration.""", COMMITTED, ACTUAL, COMMITTED).isEqualTo(committed);
	}

	@Test
	void describesTheSameSchemaTheSameWay() {
		MigratedSchema schema = new MigratedSchema(owner.jdbc());

		assertThat(schema.describe(database.runtimeRole())).isEqualTo(schema.describe(database.runtimeRole()));
	}

}
