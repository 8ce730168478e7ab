package ilium;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.springframework.context.ConfigurableApplicationContext;

import org.springframework.context.ConfigurableApplicationContext;

import sun.misc.Signal;
import sun.misc.SignalHandler;
import sun.misc.SignalHandler;

/**
 * What the dev run does before Spring starts, so that starting and stopping it reads as
 * one line each, not as a stack trace or a failed build.
 */
final class DevRun {

	private DevRun() {
	}

	/**
	 * A second dev run on the same embedded data directory would fail deep inside the
	 * embedded PostgreSQL's start with a long stack trace; say why in one line instead.
	 */
	static void refuseASecondOne() {
		if (System.getenv(PostgresServer.URL_VARIABLE) != null) {
			return;
		}
		Path lockFile = PostgresServer.DEV_DATA.resolve("epg-lock");
		if (!Files.exists(lockFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock != null) {
				lock.release();
				return;
			}
		}
		catch (OverlappingFileLockException | IOException ex) {
			// Fall through: someone else holds it.
		}
		System.err.println("Another dev run is using " + PostgresServer.DEV_DATA + ": stop it first (Ctrl-C in its"
				+ " terminal), or point this one at another PostgreSQL with " + PostgresServer.URL_VARIABLE + ".");
		System.exit(1);
	}

	/**
	 * Ctrl-C (SIGINT) or a plain kill (SIGTERM) is how a dev run is meant to end: shut
	 * down the service first and then the embedded PostgreSQL under it (the JVM's
	 * shutdown hooks would run both at once, and the service would log the server going
	 * away), and exit with status 0, so Maven reports a successful run instead of "exit
	 * code: 143".
	 */
	static void stopCleanlyOnCtrlC(ConfigurableApplicationContext service) {
		SignalHandler stop = signal -> {
			service.close();
			System.exit(0);
		};
		Signal.handle(new Signal("INT"), stop);
		Signal.handle(new Signal("TERM"), stop);
	}

}
