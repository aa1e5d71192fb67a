package uk.safeguardcases.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;
import uk.safeguardcases.application.api.ApiKeyService;
import uk.safeguardcases.application.api.PersonalAccessTokens;
import uk.safeguardcases.application.people.SingleSignOnSignIn;
import uk.safeguardcases.domain.api.PersonalAccessToken;
import uk.safeguardcases.application.people.Accounts;
import uk.safeguardcases.application.people.PasswordChecked;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.application.people.SignInStep;
import uk.safeguardcases.application.security.SecurityEvents;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;

/**
 * Who calls the API when they say so in the request, with {@code Authorization: Bearer <token>}: a person with a
 * personal access token ({@code sgc_pat_…}, read-only ones refused any change), a person with an access token of their
 * board's own identity provider (a JWT, verified against the provider's keys), or a machine with its board's API key
 * (also as {@code X-Api-Key}; a service account's key acts as its organisation's HR system). HTTP Basic still works for
 * a board that requires no second factor, checked like the sign-in form (throttled, never hashed when refused). Wrong credentials get a 401 problem at once. Without credentials the
 * signed-in browser session counts, as everywhere else ({@code CallerFilter}).
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiAuthenticationFilter extends HttpFilter {

    static final String CHALLENGE = "Bearer realm=\"Safeguard Cases\", Basic realm=\"Safeguard Cases\", charset=\"UTF-8\"";

    @Inject
    private ApiKeyService keys;

    @Inject
    private PeopleDirectory people;

    @Inject
    private PersonalAccessTokens personalTokens;

    @Inject
    private SingleSignOnSignIn singleSignOn;

    @Inject
    private Accounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!escapedUtf8(request.getRequestURI()) || !escapedUtf8(request.getQueryString())) {
            // RESTEasy would answer an HTML 400 and log the decoding failure with a stack trace of 90 lines.
            refuse(response, 400, "Bad Request", "The address is not valid: a %-escape in it is not UTF-8.");
            return;
        }
        String authorization = request.getHeader("Authorization");
        String apiKey = request.getHeader("X-Api-Key");
        Optional<Caller> caller;
        String credential;
        if (apiKey != null) {
            credential = "api-key";
            caller = keys.callerForKey(apiKey);
        } else if (startsWith(authorization, "Bearer ")) {
            String token = authorization.substring(7).strip();
            if (token.startsWith(PersonalAccessToken.PREFIX)) {
                credential = "personal-token";
                Optional<PersonalAccessTokens.TokenCaller> person = personalTokens.callerFor(token,
                        request.getMethod(), request.getRequestURI());
                if (person.isPresent() && !person.get().scope().allows(request.getMethod())) {
                    Caller refused = person.get().caller();
                    SecurityEvents.authorisationRefused(refused.username(), refused.tenantId(), request.getRequestURI(),
                            request.getMethod());
                    refuse(response, 403, "Forbidden", "This personal access token may only read.");
                    return;
                }
                caller = person.map(PersonalAccessTokens.TokenCaller::caller);
            } else if (token.chars().filter(c -> c == '.').count() == 2) {
                credential = "access-token";
                caller = singleSignOn.callerForAccessToken(token);
            } else {
                credential = "api-key";
                caller = keys.callerForKey(token);
            }
        } else if (startsWith(authorization, "Basic ")) {
            credential = "basic";
            PasswordChecked checked = basic(authorization.substring(6).strip(), request.getRemoteAddr());
            if (checked.ok() && checked.next() != SignInStep.DONE) {
                refuse(response, 401, "Not signed in", "This account must also sign in with a second factor (or choose a new password),"
                        + " which HTTP Basic cannot carry: call the API with the board's API key, or from a signed-in"
                        + " browser.");
                return;
            }
            caller = checked.ok() ? people.callerFor(checked.username()) : Optional.empty();
        } else {
            if (request.getUserPrincipal() != null && writes(request) && !sameOrigin(request)) {
                SecurityEvents.authorisationRefused(request.getRequestURI(), request.getMethod());
                refuse(response, 403, "Forbidden", "A change through the API with the browser's session must come from"
                        + " this product's own pages; another site's cannot make one.");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (caller.isEmpty()) {
            SecurityEvents.tokenRefused(credential, request.getRequestURI());
            refuse(response, 401, "Not signed in",
                    "The token, API key or user name and password are not correct, or the token or key was revoked"
                            + " or has expired. (HTTP Basic is off for a board that requires a second factor.)");
            return;
        }
        Caller previous = currentOrNull();
        CallerContext.set(caller.get());
        try {
            // The credentials in the request are the caller, whatever browser session came with it.
            chain.doFilter(new WithoutSession(request), response);
        } finally {
            if (previous == null) {
                CallerContext.clear();
            } else {
                CallerContext.set(previous);
            }
        }
    }

    /** HTTP Basic's user name and password, checked like the sign-in form's (lockout and throttling included). */
    private PasswordChecked basic(String encoded, String address) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return PasswordChecked.refused();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0 || colon > 100 || decoded.length() - colon > 201) {
            return PasswordChecked.refused();
        }
        return accounts.checkPasswordForApi(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray(),
                address);
    }

    private static Caller currentOrNull() {
        return CallerContext.currentTenantOrNull() == null ? null : CallerContext.current();
    }

    private static boolean writes(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }

    /**
     * Whether a browser says the request comes from this product's own pages: its {@code Origin} is this server, and
     * {@code Sec-Fetch-Site}, when sent, says same-origin. A client that sends neither is not a browser page.
     */
    static boolean sameOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !"same-origin".equals(site) && !"none".equals(site)) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String host = request.getHeader("Host");
        return host != null && origin.equalsIgnoreCase(request.getScheme() + "://" + host);
    }

    /** Whether every %-escape in a raw address (or query) is two hex digits and together they are UTF-8. */
    static boolean escapedUtf8(String raw) {
        if (raw == null || raw.indexOf('%') < 0) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 1 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    return false;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(String header, String scheme) {
        return header != null && header.regionMatches(true, 0, scheme, 0, scheme.length());
    }

    private static void refuse(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", CHALLENGE);
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }

    /** The request without the browser session's signed-in person, so nothing later takes them for the caller. */
    private static final class WithoutSession extends HttpServletRequestWrapper {
        WithoutSession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Principal getUserPrincipal() {
            return null;
        }

        @Override
        public String getRemoteUser() {
            return null;
        }

        @Override
        public boolean isUserInRole(String role) {
            return false;
        }
    }
}
