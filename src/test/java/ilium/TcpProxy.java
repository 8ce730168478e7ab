package ilium;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy between the service and PostgreSQL that a test can cut and restore, to stop
 * "the database" for one application context without touching the shared server. A cut
 * drops every open connection and closes each new one at once, as a stopped PostgreSQL
 * does.
 */
final class TcpProxy implements AutoCloseable {

	private final InetSocketAddress target;

	private final ServerSocket listener;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile boolean cut;

	TcpProxy(InetSocketAddress target) {
		this.target = target;
		try {
			this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not open the proxy port", ex);
		}
		Thread.ofVirtual().name("tcp-proxy-accept").start(this::accept);
	}

	InetSocketAddress address() {
		return InetSocketAddress.createUnresolved(listener.getInetAddress().getHostAddress(), listener.getLocalPort());
	}

	/** From now on the database is unreachable: open connections drop, new ones close. */
	void cut() {
		cut = true;
		open.forEach(TcpProxy::closeQuietly);
		open.clear();
	}

	/** The database is reachable again. */
	void restore() {
		cut = false;
	}

	@Override
	public void close() {
		closeQuietly(listener);
		cut();
	}

	private void accept() {
		while (!listener.isClosed()) {
			try {
				Socket client = listener.accept();
				if (cut) {
					closeQuietly(client);
					continue;
				}
				connect(client);
			}
			catch (IOException ex) {
				// The listener closed: the proxy is done.
			}
		}
	}

	private void connect(Socket client) {
		try {
			Socket server = new Socket(target.getAddress(), target.getPort());
			open.add(client);
			open.add(server);
			Thread.ofVirtual().start(() -> pipe(client, server));
			Thread.ofVirtual().start(() -> pipe(server, client));
		}
		catch (IOException ex) {
			closeQuietly(client);
		}
	}

	private void pipe(Socket from, Socket to) {
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			in.transferTo(out);
		}
		catch (IOException ex) {
			// One side went away: the other goes too.
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
			open.remove(from);
			open.remove(to);
		}
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// Already closed.
		}
	}

}
