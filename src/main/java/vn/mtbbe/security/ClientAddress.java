package vn.mtbbe.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The address a request comes from: the connection's peer, unless that peer is one of the configured proxies
 * ({@code MTBBE_PROXY_TRUSTEDADDRESSES}, e.g. the load balancer), in which case the last address of
 * {@code X-Forwarded-For} that is not a trusted proxy. A header from anyone else is ignored, so a client cannot
 * choose the address it is counted under.
 */
@ApplicationScoped
public class ClientAddress {

    /** In the setting: every address of this machine. */
    static final String LOCAL = "local";
    /** Where no request is running (a start-up task). */
    static final String NONE = "-";

    @Inject
    HttpServletRequest request;

    /** The current request's client address, {@value #NONE} outside a request. */
    public String current() {
        try {
            return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), configured());
        } catch (ContextNotActiveException | IllegalStateException e) {
            return NONE;
        }
    }

    static String of(String peer, String forwardedFor, Set<String> trusted) {
        if (peer == null || peer.isBlank()) {
            return NONE;
        }
        if (!trusted.contains(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String hop : forwardedFor.split(",")) {
            if (!hop.isBlank()) {
                hops.add(hop.strip());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return hops.isEmpty() ? peer : hops.get(0);
    }

    /** The addresses of a setting; {@value #LOCAL} stands for every address of this machine (a proxy beside it). */
    static Set<String> parse(String setting) {
        Set<String> addresses = new HashSet<>();
        if (setting != null) {
            for (String entry : setting.split(",")) {
                String address = entry.strip();
                if (address.equalsIgnoreCase(LOCAL)) {
                    addresses.addAll(local());
                } else if (!address.isEmpty()) {
                    addresses.add(address);
                }
            }
        }
        return Set.copyOf(addresses);
    }

    /** The addresses of this machine's network interfaces, as requests report their peers (no IPv6 zone). */
    static Set<String> local() {
        Set<String> addresses = new HashSet<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    String text = address.getHostAddress();
                    int zone = text.indexOf('%');
                    addresses.add(zone < 0 ? text : text.substring(0, zone));
                }
            }
        } catch (SocketException e) {
            addresses.add("127.0.0.1");
        }
        return addresses;
    }

    /**
     * Whether the request reached the application over TLS: on a TLS connection, or through a trusted proxy that says
     * so ({@code X-Forwarded-Proto: https}). Then session cookies are Secure and responses ask for HSTS.
     */
    public static boolean secure(HttpServletRequest request) {
        return request.isSecure() || secure(request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"), configured());
    }

    static boolean secure(String peer, String forwardedProto, Set<String> trusted) {
        if (peer == null || forwardedProto == null || !trusted.contains(peer)) {
            return false;
        }
        // A chain of proxies lists one scheme each; the first is what the client used.
        return forwardedProto.split(",")[0].strip().equalsIgnoreCase("https");
    }

    private static volatile Set<String> configured;

    /**
     * The trusted proxies as configured ({@code mtbbe.proxy.trustedAddresses}), read once: the one reading that
     * {@link #current()} and {@link #secure(HttpServletRequest)} (used by filters' static helpers) share.
     */
    private static Set<String> configured() {
        Set<String> known = configured;
        if (known == null) {
            known = parse(ConfigProvider.getConfig().getOptionalValue("mtbbe.proxy.trustedAddresses", String.class).orElse(null));
            configured = known;
        }
        return known;
    }
}
