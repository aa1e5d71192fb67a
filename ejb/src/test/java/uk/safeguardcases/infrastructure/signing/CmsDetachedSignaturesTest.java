package uk.safeguardcases.infrastructure.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safeguardcases.application.signing.DetachedSignatures.Refusal;
import uk.safeguardcases.application.signing.DetachedSignatures.SignatureRefusedException;
import uk.safeguardcases.application.signing.DetachedSignatures.Verified;
import uk.safeguardcases.application.signing.PdfSigner;

/**
 * A detached signature as another deployment checks it (issue 67's packages), without a server: made by the signer
 * every document goes through, checked here; one changed byte and it is refused, as is a signature that is not one.
 */
class CmsDetachedSignaturesTest {

    @TempDir
    static Path folder;

    private static PadesSigner signer;
    private final CmsDetachedSignatures signatures = new CmsDetachedSignatures();

    @BeforeAll
    static void ownKeyInATemporaryDataDirectory() {
        System.setProperty("jboss.server.data.dir", folder.toString());
        signer = new PadesSigner();
    }

    private static final byte[] CONTENT = "{\"summary\":\"Ŵyn ap Rhys – “Bryn” £5 \u200F🙂\"}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void aSignatureOverTheBytesIsValidAndNamesItsCertificate() {
        PdfSigner.Signed signed = signer.signBeside(CONTENT, digest -> Optional.empty());

        Verified verified = signatures.verify(CONTENT, signed.content());

        assertThat(verified.sha256Fingerprint()).isEqualTo(signer.signer().sha256Fingerprint());
        assertThat(verified.subject()).contains("Safeguard Cases");
        assertThat(verified.trustedTime()).isNull();
    }

    @Test
    void aTrustedTimeInTheSignatureIsCheckedAndGiven() throws Exception {
        PadesSignerTest.Authority authority = new PadesSignerTest.Authority();
        PdfSigner.Signed signed = signer.signBeside(CONTENT, authority::stamp);

        Verified verified = signatures.verify(CONTENT, signed.content());

        assertThat(signed.trustedTime()).isTrue();
        assertThat(verified.trustedTime()).isBetween(Instant.now().minus(Duration.ofMinutes(1)), Instant.now()
                .plusSeconds(5));
    }

    @Test
    void oneChangedByteOfTheContentIsRefused() {
        PdfSigner.Signed signed = signer.signBeside(CONTENT, digest -> Optional.empty());
        for (int at : new int[] {0, CONTENT.length / 2, CONTENT.length - 1}) {
            byte[] changed = CONTENT.clone();
            changed[at] ^= 0x01;
            assertThatThrownBy(() -> signatures.verify(changed, signed.content())).as("byte " + at)
                    .isInstanceOfSatisfying(SignatureRefusedException.class,
                            e -> assertThat(e.refusal()).isEqualTo(Refusal.CHANGED));
        }
    }

    @Test
    void aChangedSignatureOrNoneAtAllIsRefused() {
        byte[] signature = signer.signBeside(CONTENT, digest -> Optional.empty()).content();
        byte[] changed = signature.clone();
        // A byte of the signature value itself, near its end (the certificate and attributes come before it).
        changed[changed.length - 10] ^= 0x01;
        assertThatThrownBy(() -> signatures.verify(CONTENT, changed)).isInstanceOf(SignatureRefusedException.class);
        assertThatThrownBy(() -> signatures.verify(CONTENT, "not a signature".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(SignatureRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.UNREADABLE));
    }

    @Test
    void aCertificateAsPemGivesTheFingerprintThePagesShow() {
        PdfSigner.Signer own = signer.signer();

        assertThat(signatures.certificate("\n  " + own.certificatePem() + "\n").sha256Fingerprint())
                .isEqualTo(own.sha256Fingerprint());
        assertThatThrownBy(() -> signatures.certificate("-----BEGIN CERTIFICATE-----\nbm90IGl0\n"
                + "-----END CERTIFICATE-----")).isInstanceOfSatisfying(SignatureRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.NOT_A_CERTIFICATE));
        assertThatThrownBy(() -> signatures.certificate("Ŵ")).isInstanceOf(SignatureRefusedException.class);
    }
}
