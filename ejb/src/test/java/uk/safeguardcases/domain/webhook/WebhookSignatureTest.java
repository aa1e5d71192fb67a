package uk.safeguardcases.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A delivery's signature checked by the Standard Webhooks reference library, as a receiver checks it. */
class WebhookSignatureTest {

    private static final String BODY = new WebhookPayload(WebhookEvent.REFERRAL_SENT, "chscb", "CHSCB-2026-0004",
            null, "https://cases.example.org/api/cases/CHSCB-2026-0004", Instant.parse("2026-11-30T14:00:00Z")).json();

    private static Map<String, List<String>> headers(String id, long timestamp, String signature) {
        return Map.of("webhook-id", List.of(id), "webhook-timestamp", List.of(Long.toString(timestamp)),
                "webhook-signature", List.of(signature));
    }

    @Test
    void theReferenceLibraryVerifiesTheSignatureAndRefusesAChangedByteOrTheWrongSecret() throws Exception {
        String secret = WebhookSignature.newSecret();
        long now = Instant.now().getEpochSecond();
        String signature = WebhookSignature.header("msg_1", now, BODY, secret);

        assertThat(secret).startsWith("whsec_").hasSize(6 + 44);
        assertThat(signature).startsWith("v1,");
        new Webhook(secret).verify(BODY, headers("msg_1", now, signature));

        assertThatThrownBy(() -> new Webhook(secret).verify(BODY.replace("0004", "0005"),
                headers("msg_1", now, signature))).isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook(secret).verify(BODY, headers("msg_2", now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook(WebhookSignature.newSecret()).verify(BODY,
                headers("msg_1", now, signature))).isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void whileARotatedSecretIsHonouredEitherSecretVerifies() throws Exception {
        String old = WebhookSignature.newSecret();
        String fresh = WebhookSignature.newSecret();
        long now = Instant.now().getEpochSecond();
        String signature = WebhookSignature.header("msg_9", now, BODY, fresh, old);

        assertThat(signature.split(" ")).hasSize(2);
        new Webhook(fresh).verify(BODY, headers("msg_9", now, signature));
        new Webhook(old).verify(BODY, headers("msg_9", now, signature));
    }

    @Test
    void aSubscriptionSignsWithBothSecretsForADayAfterARotationThenWithTheNewOneOnly() {
        Instant made = Instant.parse("2026-11-30T09:00:00Z");
        WebhookSubscription subscription = new WebhookSubscription("https://hr.example.org/hook",
                java.util.Set.of(WebhookEvent.REFERRAL_SENT), "whsec_AAAA", "admin", made);
        assertThat(subscription.signingSecrets(made)).containsExactly("whsec_AAAA");

        subscription.rotate("whsec_BBBB", made.plusSeconds(60));
        assertThat(subscription.signingSecrets(made.plusSeconds(120))).containsExactly("whsec_BBBB", "whsec_AAAA");
        assertThat(subscription.signingSecrets(made.plusSeconds(60).plus(WebhookSubscription.ROTATION_OVERLAP)))
                .containsExactly("whsec_BBBB");
    }

    @Test
    void aKnownVectorGivesTheSpecificationsSignature() {
        // The example of the Standard Webhooks specification's reference tests.
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String body = "{\"test\": 2432232314}";
        assertThat(WebhookSignature.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, body))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }
}
