package uk.safeguardcases.web.shell;

import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** A random token kept in the session and sent with the sign-out form: a form on another site cannot know it. */
public final class SignOutToken {

    private static final String SESSION = "safeguard.signOutToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SignOutToken() {
    }

    public static String of(HttpSession session) {
        Object token = session.getAttribute(SESSION);
        if (token instanceof String existing) {
            return existing;
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String made = HexFormat.of().formatHex(bytes);
        session.setAttribute(SESSION, made);
        return made;
    }

    /** Whether {@code sent} is this session's token (compared in constant time). */
    public static boolean matches(HttpSession session, String sent) {
        Object token = session == null ? null : session.getAttribute(SESSION);
        return token instanceof String expected && sent != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.UTF_8));
    }
}
