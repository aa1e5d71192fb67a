package uk.safeguardcases.infrastructure.net;

import java.net.InetAddress;

/**
 * Which addresses are the server's own network rather than the internet: where an administrator's typed address (a
 * sign-in provider's, a webhook's) must not lead unless the operator allows it, or an administrator could make the
 * server call its own network (the cloud's metadata service, a database's HTTP port).
 */
public final class PrivateNetworks {

    private PrivateNetworks() {
    }

    /** Loopback, private (RFC 1918, unique local), link-local (cloud metadata), carrier-grade NAT or unspecified. */
    public static boolean isPrivate(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean sharedNat = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || sharedNat || uniqueLocal;
    }
}
