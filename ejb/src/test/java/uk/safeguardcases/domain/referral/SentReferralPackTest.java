package uk.safeguardcases.domain.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.evidence.ContentHash;

/** The referral pack kept byte for byte as it was sent to the HR partner (CHSCB 6.2). */
class SentReferralPackTest {

    private static final Instant SENT = Instant.parse("2026-05-11T09:00:00Z");

    @Test
    void thePackIsKeptExactlyAsSentWithItsSha256() {
        byte[] pdf = "%PDF-1.7 referral pack for Rhiannon ap Gwilym".getBytes(StandardCharsets.UTF_8);
        byte[] original = pdf.clone();
        SentReferralPack pack = SentReferralPack.of(7L, 11L, pdf, SENT);
        pdf[0] = 'X';
        assertThat(pack.content()).as("the bytes were copied when kept").isEqualTo(original);
        pack.content()[1] = 'X';
        assertThat(pack.content()).as("nobody changes the kept bytes through what they read").isEqualTo(original);
        assertThat(pack.sha256()).isEqualTo(ContentHash.sha256Hex(original));
        assertThat(pack.sizeBytes()).isEqualTo(original.length);
        assertThat(pack.referralId()).isEqualTo(11L);
        assertThat(pack.caseId()).isEqualTo(7L);
        assertThat(pack.sentAt()).isEqualTo(SENT);
    }

    @Test
    void anEmptyPackIsNeverKeptAsSent() {
        assertThatThrownBy(() -> SentReferralPack.of(7L, 11L, new byte[0], SENT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A sent pack cannot be empty");
        assertThatThrownBy(() -> SentReferralPack.of(7L, 11L, null, SENT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A sent pack cannot be empty");
    }
}
