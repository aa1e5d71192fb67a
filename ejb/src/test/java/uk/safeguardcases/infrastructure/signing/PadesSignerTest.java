package uk.safeguardcases.infrastructure.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safeguardcases.application.signing.PdfSigner;

/**
 * The signature itself, without a server: a PDF laid out by OpenPDF is signed as an incremental update, and Debian's
 * {@code pdfsig} (poppler-utils) says the signature is valid; one changed byte, and it is not. With a time-stamp token
 * (from an authority this test runs with Bouncy Castle) the signer carries it as its signature-time-stamp attribute.
 */
class PadesSignerTest {

    @TempDir
    static Path folder;

    private static PadesSigner signer;

    @BeforeAll
    static void ownKeyInATemporaryDataDirectory() {
        System.setProperty("jboss.server.data.dir", folder.toString());
        signer = new PadesSigner();
    }

    @Test
    void aSignedPdfIsValidForPdfsigAndKeepsTheLaidOutBytesAsTheyWere() throws Exception {
        byte[] laidOut = pdf("Pecyn atgyfeirio – “Gŵyl Dŷ” £5 ✓");
        PdfSigner.Signed signed = signer.sign(laidOut, digest -> Optional.empty());

        assertThat(signed.trustedTime()).isFalse();
        assertThat(java.util.Arrays.copyOf(signed.content(), laidOut.length)).isEqualTo(laidOut);
        String said = pdfsig(signed.content());
        assertThat(said).contains("Signature is Valid.").contains("ETSI.CAdES.detached")
                .contains("Safeguard Cases (this server's own signing key)").contains("Total document signed");
        assertThat(signer.signer().ownKey()).isTrue();
        assertThat(Files.exists(folder.resolve("signing").resolve(SigningKey.OWN_KEY_FILE))).isTrue();
    }

    @Test
    void oneChangedByteBreaksTheSignature() throws Exception {
        byte[] signed = signer.sign(pdf("Adroddiad blynyddol"), digest -> Optional.empty()).content();
        byte[] changed = signed.clone();
        int at = indexOf(changed, "/Producer".getBytes(StandardCharsets.US_ASCII)) + 12;
        changed[at] ^= 0x01;

        assertThat(pdfsig(signed)).contains("Signature is Valid.");
        assertThat(pdfsig(changed)).doesNotContain("Signature is Valid.").contains("Signature Validation:");
    }

    @Test
    void aTimeStampTokenOverTheSignatureValueIsKeptAsTheSignersSignatureTimeStamp() throws Exception {
        Authority authority = new Authority();
        PdfSigner.Signed signed = signer.sign(pdf("Ateb i gais"), authority::stamp);

        assertThat(signed.trustedTime()).isTrue();
        assertThat(pdfsig(signed.content())).contains("Signature is Valid.");
        PdfSigner.Signed beside = signer.signBeside("{\"files\": []}".getBytes(StandardCharsets.UTF_8),
                authority::stamp);
        CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray("{\"files\": []}"
                .getBytes(StandardCharsets.UTF_8)), beside.content());
        SignerInformation signerInfo = cms.getSignerInfos().getSigners().iterator().next();
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                (org.bouncycastle.cert.X509CertificateHolder) cms.getCertificates().getMatches(signerInfo.getSID())
                        .iterator().next());
        assertThat(signerInfo.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();
        AttributeTable unsigned = signerInfo.getUnsignedAttributes();
        assertThat(unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)).isNotNull();
        assertThat(signerInfo.getSignedAttributes().get(PKCSObjectIdentifiers.pkcs_9_at_signingTime)).isNull();
        assertThat(signerInfo.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2))
                .isNotNull();
    }

    @Test
    void aTokenOverAnotherDigestIsLeftOutAndTheDocumentSignedWithoutTime() throws Exception {
        Authority authority = new Authority();
        byte[] elsewhere = new byte[32];
        PdfSigner.Signed signed = signer.sign(pdf("Cofnod"), digest -> authority.stamp(elsewhere));

        assertThat(signed.trustedTime()).isFalse();
        assertThat(pdfsig(signed.content())).contains("Signature is Valid.");
    }

    @Test
    void theCertificateToTrustMakesPdfsigTrustTheSignerAndOpensslChecksASignatureBesideAFileAsTheDocsSay()
            throws Exception {
        Path pem = Files.writeString(folder.resolve("signing-certificate.pem"), signer.signer().certificatePem());
        Path pdf = Files.write(folder.resolve("trusted.pdf"), signer.sign(pdf("Pecyn"), d -> Optional.empty())
                .content());
        Path nss = Files.createDirectories(folder.resolve("nss"));
        run("certutil", "-N", "-d", "sql:" + nss, "--empty-password");
        run("certutil", "-A", "-d", "sql:" + nss, "-n", "Safeguard Cases signing", "-t", "C,C,C", "-i", pem.toString());
        assertThat(run("pdfsig", pdf.toString())).contains("Signature is Valid.")
                .doesNotContain("Certificate is Trusted.");
        assertThat(run("pdfsig", "-nssdir", "sql:" + nss, pdf.toString())).contains("Signature is Valid.")
                .contains("Certificate Validation: Certificate is Trusted.");

        byte[] manifest = "{\"files\": [{\"path\": \"board.json\"}]}".getBytes(StandardCharsets.UTF_8);
        Path content = Files.write(folder.resolve("manifest.json"), manifest);
        Path signature = Files.write(folder.resolve("manifest.json.p7s"), signer.signBeside(manifest,
                d -> Optional.empty()).content());
        List<String> verify = List.of("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in",
                signature.toString(), "-content", content.toString(), "-CAfile", pem.toString(), "-purpose", "any",
                "-out", "/dev/null");
        assertThat(run(verify.toArray(String[]::new))).contains("Verification successful");
        manifest[3] ^= 0x01;
        Files.write(content, manifest);
        assertThat(run(verify.toArray(String[]::new))).contains("Verification failure");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return said;
    }

    /** A time-stamping authority of the test's own, as Bouncy Castle's examples make one. */
    static final class Authority {
        private final BouncyCastleProvider provider = new BouncyCastleProvider();
        private final TimeStampTokenGenerator tokens;

        Authority() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=Test time-stamping authority");
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                    Date.from(Instant.now().minus(Duration.ofDays(1))), Date.from(Instant.now().plus(Duration.ofDays(1))),
                    name, pair.getPublic());
            builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            X509Certificate certificate = new JcaX509CertificateConverter().setProvider(provider).getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").setProvider(provider)
                            .build(pair.getPrivate())));
            tokens = new TimeStampTokenGenerator(new org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder()
                    .setProvider(provider).build("SHA256withRSA", pair.getPrivate(), certificate),
                    new JcaDigestCalculatorProviderBuilder().build().get(
                            new org.bouncycastle.asn1.x509.AlgorithmIdentifier(org.bouncycastle.asn1.oiw.OIWObjectIdentifiers.idSHA1)),
                    new ASN1ObjectIdentifier("1.2.3.4"));
            tokens.addCertificates(new JcaCertStore(List.of(certificate)));
        }

        Optional<byte[]> stamp(byte[] sha256) {
            try {
                TimeStampRequestGenerator request = new TimeStampRequestGenerator();
                request.setCertReq(true);
                var asked = request.generate(TSPAlgorithms.SHA256, sha256, BigInteger.valueOf(System.nanoTime()));
                var answer = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED)
                        .generate(asked, BigInteger.valueOf(System.nanoTime()), new Date());
                return Optional.of(answer.getTimeStampToken().getEncoded());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }

    private static int indexOf(byte[] in, byte[] what) {
        outer:
        for (int i = 0; i <= in.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (in[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    /** What {@code pdfsig} says of the file (Debian's poppler-utils, installed by CI's run). */
    static String pdfsig(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile(folder, "signed", ".pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return said;
    }
}
