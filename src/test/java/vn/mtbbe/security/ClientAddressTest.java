package vn.mtbbe.security;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientAddressTest {

    static final Set<String> PROXIES = ClientAddress.parse(" 10.0.0.5, 10.0.0.6 ,,");

    @Test
    void theConnectionsPeerUnlessItIsATrustedProxy() {
        assertEquals(Set.of("10.0.0.5", "10.0.0.6"), PROXIES);
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", null, PROXIES));
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "198.51.100.1", PROXIES),
                "a header from a client that is no proxy is ignored");
        assertEquals("198.51.100.1", ClientAddress.of("10.0.0.5", "198.51.100.1", PROXIES));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", " ", PROXIES), "the proxy itself");
        assertEquals(ClientAddress.NONE, ClientAddress.of(null, null, PROXIES));
    }

    @Test
    void tlsAtTheProxyCountsOnlyWhenATrustedProxySaysSo() {
        assertTrue(ClientAddress.secure("10.0.0.5", "https", PROXIES));
        assertTrue(ClientAddress.secure("10.0.0.5", "HTTPS, http", PROXIES), "the first proxy's view of the client");
        assertFalse(ClientAddress.secure("10.0.0.5", "http", PROXIES));
        assertFalse(ClientAddress.secure("10.0.0.5", null, PROXIES));
        assertFalse(ClientAddress.secure("203.0.113.9", "https", PROXIES), "a client's own header means nothing");
    }

    @Test
    void localStandsForThisMachinesAddresses() {
        Set<String> local = ClientAddress.parse("local, 10.0.0.5");
        assertTrue(local.contains("127.0.0.1"), local::toString);
        assertTrue(local.contains("10.0.0.5"));
        assertTrue(local.stream().noneMatch(a -> a.contains("%")), "no IPv6 zones: " + local);
    }

    @Test
    void theLastForwardedAddressThatIsNoTrustedProxy() {
        // The client wrote the first entry itself; the proxies appended what they saw.
        assertEquals("198.51.100.7", ClientAddress.of("10.0.0.5", "1.2.3.4, 198.51.100.7, 10.0.0.6", PROXIES));
        assertEquals("10.0.0.6", ClientAddress.of("10.0.0.5", "10.0.0.6", PROXIES), "only proxies: the first of them");
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "1.2.3.4", Set.of()), "no proxy configured");
    }
}
