package ilium.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * The address a sign-in comes from (API.md, Authentication): the TCP peer, or, when the
 * peer is a proxy listed in {@code ILIUM_TRUSTED_PROXIES}, the right-most address of
 * {@code X-Forwarded-For} that is not such a proxy. Everything left of that was written
 * by the client and is never believed; without trusted proxies the header is ignored, so
 * nobody escapes the throttle by inventing addresses.
 */
@Component
class ClientAddress {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

	private final List<AddressRange> trustedProxies;

	ClientAddress(SecurityProperties properties) {
		this.trustedProxies = properties.trustedProxies()
			.stream()
			.map(String::strip)
			.filter(entry -> !entry.isEmpty())
			.map(AddressRange::parse)
			.toList();
	}

	String of(HttpServletRequest request) {
		InetAddress peer = literal(request.getRemoteAddr())
			.orElseThrow(() -> new IllegalStateException("The TCP peer has no IP address"));
		if (!trusted(peer)) {
			return text(peer);
		}
		List<String> forwarded = new ArrayList<>();
		for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
			for (String entry : header.split(",")) {
				forwarded.add(entry.strip());
			}
		}
		InetAddress client = peer;
		for (int i = forwarded.size() - 1; i >= 0 && trusted(client); i--) {
			Optional<InetAddress> hop = literal(forwarded.get(i));
			if (hop.isEmpty()) {
				// Not an address: written by someone our proxies do not vouch for, so the
				// last hop they do vouch for is the client.
				break;
			}
			client = hop.get();
		}
		return text(client);
	}

	/** Without an IPv6 scope ({@code %eth0}), which PostgreSQL's inet does not take. */
	private static String text(InetAddress address) {
		String text = address.getHostAddress();
		return text.contains("%") ? text.substring(0, text.indexOf('%')) : text;
	}

	private boolean trusted(InetAddress address) {
		return trustedProxies.stream().anyMatch(range -> range.contains(address));
	}

	/** An IP address literal (never a DNS lookup), with any port or brackets removed. */
	static Optional<InetAddress> literal(String text) {
		String address = text.strip();
		if (address.startsWith("[") && address.contains("]")) {
			address = address.substring(1, address.indexOf(']'));
		}
		else if (address.indexOf(':') > 0 && address.indexOf(':') == address.lastIndexOf(':')) {
			address = address.substring(0, address.indexOf(':'));
		}
		if (!IPV4.matcher(address).matches() && !IPV6.matcher(address).matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(InetAddress.getByName(address));
		}
		catch (UnknownHostException ex) {
			return Optional.empty();
		}
	}

	/** One entry of the trusted proxies: an address, or a CIDR range. */
	record AddressRange(byte[] network, int prefixBits) {

		static AddressRange parse(String entry) {
			String[] parts = entry.split("/", 2);
			InetAddress address = literal(parts[0]).orElseThrow(() -> invalid(entry));
			int bits = address.getAddress().length * 8;
			int prefix;
			try {
				prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bits;
			}
			catch (NumberFormatException ex) {
				throw invalid(entry);
			}
			if (prefix < 0 || prefix > bits) {
				throw invalid(entry);
			}
			return new AddressRange(address.getAddress(), prefix);
		}

		boolean contains(InetAddress address) {
			byte[] candidate = address.getAddress();
			if (candidate.length != network.length) {
				return false;
			}
			for (int bit = 0; bit < prefixBits; bit++) {
				int mask = 0x80 >>> (bit % 8);
				if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
					return false;
				}
			}
			return true;
		}

		private static IllegalStateException invalid(String entry) {
			return new IllegalStateException("ilium.security.trusted-proxies (ILIUM_TRUSTED_PROXIES): '" + entry
					+ "' is neither an IP address nor a CIDR range");
		}

	}

}
