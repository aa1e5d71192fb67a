package uk.safeguardcases.web.security;

import jakarta.servlet.http.HttpServletRequest;

/** The addresses of single sign-on that a board registers at its identity provider. */
public final class SingleSignOnAddresses {

    /** Where the provider sends the browser back with a code. */
    static final String RETURNED = "/sign-in/returned";

    private SingleSignOnAddresses() {
    }

    /** This product's return address as the browser reached it (the provider must be told exactly this one). */
    public static String returnAddress(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean usual = "https".equals(scheme) && port == 443 || "http".equals(scheme) && port == 80;
        return scheme + "://" + request.getServerName() + (usual ? "" : ":" + port) + request.getContextPath()
                + RETURNED;
    }
}
