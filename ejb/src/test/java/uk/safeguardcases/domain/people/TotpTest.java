package uk.safeguardcases.domain.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The codes of RFC 6238 Appendix B, and what the product accepts: one step either way, each code once. */
class TotpTest {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED = ("1234567890123456789012345678901234567890123456789012345678901234")
            .getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void theRfcsTestValues(long time, String sha1, String sha256, String sha512) {
        long step = time / 30;
        assertThat(Totp.code(SHA1_SEED, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_SEED, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_SEED, step, 8, "HmacSHA512")).isEqualTo(sha512);
    }

    @Test
    void aCodeFromAnAppIsAcceptedWithinOneStepAndOnlyOnce() {
        String secret = Totp.base32(SHA1_SEED);
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = now.getEpochSecond() / 30;
        String code = Totp.code(SHA1_SEED, step, 6, "HmacSHA1");
        assertThat(code).isEqualTo("005924");
        assertThat(Totp.verify(secret, code, now, 0)).hasValue(step);
        assertThat(Totp.verify(secret, code.substring(0, 3) + " " + code.substring(3), now, 0)).as("spaced").hasValue(step);
        assertThat(Totp.verify(secret, code, now.plusSeconds(30), 0)).as("the phone a step behind").hasValue(step);
        assertThat(Totp.verify(secret, code, now.plusSeconds(90), 0)).as("too late").isEmpty();
        assertThat(Totp.verify(secret, code, now, step)).as("used already").isEmpty();
        assertThat(Totp.verify(secret, "000000", now, 0)).isEmpty();
        assertThat(Totp.verify(secret, "12345", now, 0)).isEmpty();
        assertThat(Totp.verify(secret, null, now, 0)).isEmpty();
    }

    @Test
    void secretsAreBase32AsAppsReadThem() {
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Totp.fromBase32("MZXW 6YTB OI")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        assertThat(Totp.newSecret()).matches("[A-Z2-7]{32}");
        assertThat(Totp.enrolmentUri("Safeguard Cases – City & Hackney", "chscb.officer", "JBSWY3DPEHPK3PXP"))
                .startsWith("otpauth://totp/Safeguard%20Cases%20%E2%80%93%20City%20%26%20Hackney:chscb.officer?secret=JBSWY3DPEHPK3PXP");
    }
}
