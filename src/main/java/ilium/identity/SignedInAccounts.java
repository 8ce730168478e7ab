package ilium.identity;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The accounts whose tokens this instance has checked, kept so that a request costs no
 * query for its account (docs/architecture.md, Signed-in account cache).
 * <p>
 * The guarantee: a deactivation, a new role or a new password takes effect on every
 * instance within a second, as it did when every request read the account. It holds
 * because an account is kept only while {@link AccountChangeListener} listens for
 * changes:
 * <ul>
 * <li>every change to {@code staff_account} (a trigger, whoever writes) notifies its id
 * when it commits, and the account is forgotten as soon as the notice arrives;
 * <li>while the listener is not listening (not yet started, connection lost,
 * reconnecting, stopping) nothing is kept and every request reads the database; when it
 * listens again, whatever was kept before is forgotten, since changes meanwhile were not
 * heard;
 * <li>a request that read an account while a notice or a loss arrived may hold a copy
 * from before that change: every notice, loss and reconnect counts {@code changes} up
 * before it forgets, and a copy is kept only if the count did not move from before its
 * read until after it was put in (else it is taken out again).
 * </ul>
 * At most {@value #MOST} accounts are kept (a clinic's staff are far fewer); past that,
 * the rest are read each time. Meters: {@code ilium.account.cache.gets} by result
 * ({@code hit}, {@code miss}, {@code bypassed}), {@code ilium.account.cache.size} and
 * {@code ilium.account.cache.listening} (1 while in use).
 */
@Component
class SignedInAccounts {

	static final int MOST = 10_000;

	private final StaffAccountRepository accounts;

	private final int most;

	private final Map<UUID, SignedInAccount> kept = new ConcurrentHashMap<>();

	private final AtomicLong changes = new AtomicLong();

	private volatile boolean listening;

	private final Counter hits;

	private final Counter misses;

	private final Counter bypassed;

	@Autowired
	SignedInAccounts(StaffAccountRepository accounts, MeterRegistry meters) {
		this(accounts, meters, MOST);
	}

	SignedInAccounts(StaffAccountRepository accounts, MeterRegistry meters, int most) {
		this.accounts = accounts;
		this.most = most;
		this.hits = gets(meters, "hit");
		this.misses = gets(meters, "miss");
		this.bypassed = gets(meters, "bypassed");
		Gauge.builder("ilium.account.cache.size", kept, Map::size).register(meters);
		Gauge.builder("ilium.account.cache.listening", this, cache -> cache.listening ? 1 : 0).register(meters);
	}

	/** The account as it is now, from this instance's copy when it has one. */
	Optional<SignedInAccount> find(UUID id) {
		long before = changes.get();
		if (!listening) {
			bypassed.increment();
			return read(id);
		}
		SignedInAccount known = kept.get(id);
		if (known != null) {
			hits.increment();
			return Optional.of(known);
		}
		misses.increment();
		Optional<SignedInAccount> read = read(id);
		read.ifPresent(account -> keep(account, before));
		return read;
	}

	/** A notice: this account changed. */
	void changed(UUID id) {
		// Counted before it is forgotten: a copy put in after this removal sees the count
		// moved and takes itself out.
		changes.incrementAndGet();
		kept.remove(id);
	}

	/** A notice that any account may have changed (a TRUNCATE, an unreadable notice). */
	void allChanged() {
		changes.incrementAndGet();
		kept.clear();
	}

	/** The listener lost its connection, or stops: every request reads the database. */
	void bypass() {
		listening = false;
		allChanged();
	}

	/** The listener listens (again): what was kept before may have changed unheard. */
	void listening() {
		allChanged();
		listening = true;
	}

	private Optional<SignedInAccount> read(UUID id) {
		return accounts.findById(id).map(SignedInAccount::of);
	}

	private void keep(SignedInAccount account, long before) {
		if (kept.size() >= most || changes.get() != before) {
			return;
		}
		kept.put(account.id(), account);
		if (changes.get() != before) {
			kept.remove(account.id(), account);
		}
	}

	private static Counter gets(MeterRegistry meters, String result) {
		return Counter.builder("ilium.account.cache.gets").tag("result", result).register(meters);
	}

}
