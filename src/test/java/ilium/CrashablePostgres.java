package ilium;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.springframework.util.FileSystemUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server of a test's own (an embedded PostgreSQL 17) that the test may crash
 * as {@code pg_ctl stop -m immediate} does, by sending its postmaster SIGQUIT: every
 * server process quits at once, without a checkpoint or flushing anything, and the next
 * start recovers from the WAL. Its configuration keeps the embedded default
 * {@code synchronous_commit = off}, under which a commit that did not ask for a flush can
 * be lost in a crash; whatever survives survives because its writer made sure.
 */
final class CrashablePostgres {

	private final Path dataDirectory;

	private EmbeddedPostgres postgres;

	private final int port;

	private CrashablePostgres(Path dataDirectory) throws IOException {
		this.dataDirectory = dataDirectory;
		this.postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).start();
		this.port = postgres.getPort();
	}

	/** Starts a server that stops, and leaves nothing behind, when the JVM exits. */
	static CrashablePostgres start() {
		try {
			CrashablePostgres server = new CrashablePostgres(Files.createTempDirectory("ilium-crash-"));
			Runtime.getRuntime().addShutdownHook(new Thread(server::close));
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the embedded PostgreSQL", ex);
		}
	}

	/** The server, as the tests' database setup knows servers. */
	PostgresServer server() {
		return new PostgresServer("localhost", port, "postgres", "", "crashable embedded PostgreSQL");
	}

	/**
	 * Kills every server process at once (immediate shutdown) and waits until they are
	 * gone.
	 */
	void crash() {
		try {
			long postmaster = Long
				.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst().trim());
			Process kill = new ProcessBuilder("kill", "-QUIT", Long.toString(postmaster)).inheritIO().start();
			if (kill.waitFor() != 0) {
				throw new IllegalStateException("kill -QUIT " + postmaster + " failed");
			}
			ProcessHandle.of(postmaster).ifPresent(process -> process.onExit().orTimeout(30, TimeUnit.SECONDS).join());
			postgres.close();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not crash the embedded PostgreSQL", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Starts the server again on the same data and port: crash recovery replays the WAL.
	 */
	void restart() {
		try {
			postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setPort(port)
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not restart the embedded PostgreSQL", ex);
		}
	}

	private void close() {
		try {
			postgres.close();
			FileSystemUtils.deleteRecursively(dataDirectory);
		}
		catch (IOException ex) {
			// The JVM is exiting; a temporary directory may stay behind.
		}
	}

}
