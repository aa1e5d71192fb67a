package uk.safeguardcases.domain.publicconcern;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The limits on the public pages, counted over a sliding window (as sign-ins are, {@code SignInThrottle}): concerns
 * raised from one network address and on one board, and wrong receipt codes from one address. A person who reaches
 * one is told how long to wait; what they typed stays on the page. What is counted per address is counted per board
 * and address (one board's abuse never shuts another's page), an IPv6 address by its /64 (what one line is given), and
 * kept under a keyed hash of the two ({@link #key(byte[], String, String)}), never the address itself.
 */
public enum ReportLimit {
    RAISED_FROM_ADDRESS(5, Duration.ofHours(1)),
    RAISED_ON_BOARD(100, Duration.ofHours(1)),
    WRONG_CODE_FROM_ADDRESS(10, Duration.ofMinutes(15)),
    /** Answers and added files, together, from one address on one board's follow-up page. */
    FOLLOW_UP_FROM_ADDRESS(30, Duration.ofHours(1));

    private final int most;
    private final Duration window;

    ReportLimit(int most, Duration window) {
        this.most = most;
        this.window = window;
    }

    public int most() {
        return most;
    }

    public Duration window() {
        return window;
    }

    /** The key of one address's or one board's count of this limit. */
    public String key(String who) {
        String clean = who == null || who.isBlank() ? "unknown" : who.strip();
        return name() + ":" + (clean.length() > 90 ? clean.substring(0, 90) : clean);
    }

    /**
     * The key of one address's count of this limit on one board: HMAC-SHA256, under the server's secret, of the board
     * and the address's network ({@link #network(String)}); the throttle table then holds no address.
     */
    public String key(byte[] secret, String board, String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(((board == null ? "" : board) + "\n" + network(address))
                    .getBytes(StandardCharsets.UTF_8));
            return name() + ":" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    /**
     * What one sender is counted by: an IPv4 address whole, an IPv6 address by its first 64 bits (a home or phone line
     * is given a whole /64, so its addresses rotate freely within it), an IPv4-mapped IPv6 address as the IPv4 one.
     */
    public static String network(String address) {
        String clean = address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
        if (clean.startsWith("[") && clean.endsWith("]")) {
            clean = clean.substring(1, clean.length() - 1);
        }
        int zone = clean.indexOf('%');
        if (zone >= 0) {
            clean = clean.substring(0, zone);
        }
        if (clean.isEmpty()) {
            return "unknown";
        }
        // Only a literal is ever parsed (it has a colon and hex digits alone), so no name is looked up.
        if (clean.indexOf(':') >= 0 && clean.matches("[0-9a-f:.]{2,45}")) {
            try {
                byte[] bytes = InetAddress.getByName(clean).getAddress();
                if (bytes.length == 4) {
                    return InetAddress.getByAddress(bytes).getHostAddress();
                }
                StringBuilder prefix = new StringBuilder();
                for (int i = 0; i < 8; i += 2) {
                    prefix.append(Integer.toHexString(((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF))).append(':');
                }
                return prefix.append(":/64").toString();
            } catch (UnknownHostException e) {
                return clean;
            }
        }
        return clean;
    }
}
