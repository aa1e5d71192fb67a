package uk.safeguardcases.domain.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Password hashes: stored as Jakarta Security's {@code Pbkdf2PasswordHash} reads them (PBKDF2-HMAC-SHA256 at
 * 210,000 rounds, the same key as the runtime's own); a password of the text people type verifies, and nothing
 * else does.
 */
class PasswordHashingTest {

    @Test
    void aStoredHashIsJakartasFormatAtItsRoundsAndVerifiesOnlyItsPassword() throws Exception {
        String password = "Cyfrinair–ŵŷ “dyfyniad” £5 🙂";
        String stored = PasswordHashing.hash(password.toCharArray());
        String[] parts = stored.split(":");
        assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA256");
        assertThat(parts[1]).isEqualTo("210000");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        assertThat(Base64.getDecoder().decode(parts[3])).as("what Jakarta's Pbkdf2PasswordHash would check")
                .isEqualTo(runtime(password, salt, 210_000, 32));
        assertThat(PasswordHashing.verify(password.toCharArray(), stored)).isTrue();
        assertThat(PasswordHashing.verify((password + " ").toCharArray(), stored)).isFalse();
        assertThat(PasswordHashing.verify(password.toCharArray(), null)).as("an unknown name").isFalse();
        assertThat(PasswordHashing.verify(password.toCharArray(), "PBKDF2WithHmacSHA256:1:bad")).isFalse();
    }

    @Test
    void theDerivationIsTheRuntimesForEveryPasswordSaltAndRounds() throws Exception {
        java.util.Random random = new java.util.Random(61);
        String[] passwords = {"a", "Cyfrinair–ŵŷ “dyfyniad” £5 🙂", "\u200fשלום\u200e-2026", "x".repeat(64),
            "ŵ".repeat(40) + "longer than the HMAC's block once in UTF-8", "half a pair \ud83d", "Safeguard-Demo-2026"};
        for (String password : passwords) {
            for (int rounds : new int[] {1, 2, 3, 1_000}) {
                byte[] salt = new byte[1 + random.nextInt(64)];
                random.nextBytes(salt);
                assertThat(PasswordHashing.derive(password.toCharArray(), salt, rounds))
                        .as("%s, %d rounds, %d bytes of salt", password, rounds, salt.length)
                        .isEqualTo(runtime(password, salt, rounds, 32));
            }
        }
    }

    @Test
    void anUnknownNamesCheckIsOneDerivationAtTheStoredRounds() {
        String[] decoy = PasswordHashing.decoy().split(":");
        String[] stored = PasswordHashing.hash("any".toCharArray()).split(":");
        assertThat(decoy).hasSize(4);
        assertThat(decoy[0]).isEqualTo(stored[0]);
        assertThat(decoy[1]).as("the rounds an unknown name's password goes through").isEqualTo(stored[1]);
        assertThat(Base64.getDecoder().decode(decoy[2])).hasSameSizeAs(Base64.getDecoder().decode(stored[2]));
        assertThat(Base64.getDecoder().decode(decoy[3])).hasSameSizeAs(Base64.getDecoder().decode(stored[3]));
    }

    private static byte[] runtime(String password, byte[] salt, int iterations, int keyBytes) throws Exception {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, keyBytes * 8);
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    }
}
