package uk.safeguardcases.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a delivery as the Standard Webhooks specification says: the secret is {@code whsec_} and the base64 of 32
 * random bytes; the signed content is {@code <webhook-id>.<webhook-timestamp>.<body>}; the signature is
 * {@code v1,} and the base64 of its HMAC-SHA256 under the secret's bytes. While a rotated secret is still honoured,
 * the {@code webhook-signature} header carries both signatures, space-separated, so a receiver that still has the
 * old secret, or already the new one, verifies it.
 */
public final class WebhookSignature {

    public static final String SECRET_PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** A new secret, to be shown to the administrator once. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** {@code v1,<base64 HMAC-SHA256>} of {@code id.timestamp.body} under {@code secret}. */
    public static String sign(String secret, String id, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keyOf(secret), "HmacSHA256"));
            byte[] signature = mac.doFinal((id + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The {@code webhook-signature} header: a signature under each secret given (null ones left out). */
    public static String header(String id, long timestampSeconds, String body, String... secrets) {
        List<String> signatures = new ArrayList<>();
        for (String secret : secrets) {
            if (secret != null) {
                signatures.add(sign(secret, id, timestampSeconds, body));
            }
        }
        if (signatures.isEmpty()) {
            throw new IllegalArgumentException("no secret to sign with");
        }
        return String.join(" ", signatures);
    }

    private static byte[] keyOf(String secret) {
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        return Base64.getDecoder().decode(encoded);
    }
}
