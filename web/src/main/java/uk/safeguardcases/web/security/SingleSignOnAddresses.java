package uk.safeguardcases.web.security;

import jakarta.servlet.http.HttpServletRequest;
import uk.safeguardcases.application.PublicAddress;

/** The addresses of single sign-on that a board registers at its identity provider. */
public final class SingleSignOnAddresses {

    /** Where the provider sends the browser back with a code. */
    static final String RETURNED = "/sign-in/returned";

    private SingleSignOnAddresses() {
    }

    /**
     * This product's return address, which the provider must be told exactly: on the configured public address
     * ({@link PublicAddress}); on a server without one (a test server), as the browser reached it.
     */
    public static String returnAddress(HttpServletRequest request) {
        return PublicAddress.configured().map(base -> base + RETURNED).orElseGet(() -> {
            String scheme = request.getScheme();
            int port = request.getServerPort();
            boolean usual = "https".equals(scheme) && port == 443 || "http".equals(scheme) && port == 80;
            return scheme + "://" + request.getServerName() + (usual ? "" : ":" + port) + request.getContextPath()
                    + RETURNED;
        });
    }
}
