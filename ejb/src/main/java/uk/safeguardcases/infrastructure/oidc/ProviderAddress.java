package uk.safeguardcases.infrastructure.oidc;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import uk.safeguardcases.application.people.SingleSignOnRefused;

/**
 * Where the product may fetch a board's provider's configuration, keys and tokens from: HTTPS only, on a public
 * address. A board administrator types the issuer, so without this an administrator could make the server fetch from
 * its own network (the cloud's metadata service, a database's HTTP port). An operator whose provider is on the
 * organisation's own network allows private addresses ({@code -Dsafeguard.oidc.private-addresses=allow}, or
 * {@code SAFEGUARD_OIDC_PRIVATE_ADDRESSES=allow}); only then may such a provider be on plain HTTP too.
 */
final class ProviderAddress {

    static final String SETTING = "safeguard.oidc.private-addresses";

    private ProviderAddress() {
    }

    static URI checked(String address) throws SingleSignOnRefused {
        return checked(address, privateAllowed());
    }

    static URI checked(String address, boolean privateAllowed) throws SingleSignOnRefused {
        URI uri;
        try {
            uri = URI.create(address);
        } catch (IllegalArgumentException e) {
            throw new SingleSignOnRefused("the provider's address is not an address", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http")) || uri.getUserInfo() != null) {
            throw new SingleSignOnRefused("the provider's address must be https://host/…");
        }
        boolean internal;
        try {
            internal = false;
            for (InetAddress resolved : InetAddress.getAllByName(uri.getHost())) {
                internal |= isPrivate(resolved);
            }
        } catch (UnknownHostException e) {
            throw new SingleSignOnRefused("the provider's host " + uri.getHost() + " is not known", e);
        }
        if (internal && !privateAllowed) {
            throw new SingleSignOnRefused("the provider's address " + uri.getHost() + " is on a private network,"
                    + " which the operator has not allowed (" + SETTING + ")");
        }
        if (scheme.equals("http") && !internal) {
            throw new SingleSignOnRefused("the provider's address must be HTTPS");
        }
        return uri;
    }

    /** The rule every address an administrator types is held to: {@code PrivateNetworks}. */
    static boolean isPrivate(InetAddress address) {
        return uk.safeguardcases.infrastructure.net.PrivateNetworks.isPrivate(address);
    }

    static boolean privateAllowed() {
        String value = System.getProperty(SETTING, System.getenv("SAFEGUARD_OIDC_PRIVATE_ADDRESSES"));
        return "allow".equalsIgnoreCase(value == null ? "" : value.strip());
    }
}
