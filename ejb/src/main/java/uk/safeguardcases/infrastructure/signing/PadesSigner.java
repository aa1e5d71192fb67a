package uk.safeguardcases.infrastructure.signing;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Calendar;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import uk.safeguardcases.application.signing.PdfSigner;

/**
 * PAdES signatures with PDFBox's external signing and Bouncy Castle's CMS, as PDFBox's own signing examples make them:
 * the PDF OpenPDF laid out, with a signature appended as an incremental update (its bytes before stay as they were);
 * a detached CMS ({@code ETSI.CAdES.detached}) with the ESS signing-certificate-v2 attribute and no signing-time
 * attribute (the time is the signature dictionary's, PAdES baseline B-B); when a time-stamp token over the SHA-256 of
 * the signature value is given, it is added as the signer's unsigned {@code signature-time-stamp} attribute (B-T).
 * Bouncy Castle is used as a provider instance, never registered with the JVM, so another deployment's is not touched.
 */
@ApplicationScoped
public class PadesSigner implements PdfSigner {

    /** Room for the CMS in the PDF (hex, so twice this in bytes): the certificates and a time-stamp token fit. */
    private static final int SIGNATURE_ROOM = 24_000;

    private final BouncyCastleProvider provider = new BouncyCastleProvider();
    private volatile SigningKey key;

    /**
     * The key is read (or the server's own made) and one blank page signed when the application starts, not by the
     * first step that signs: that step's transaction (the referral's, whose row others wait for) then holds its locks
     * no longer than the signature takes, not while the key is read and the PDF library's classes are first loaded.
     */
    void readTheKeyAtStart(@jakarta.enterprise.event.Observes @jakarta.enterprise.context.Initialized(
            jakarta.enterprise.context.ApplicationScoped.class) Object started) {
        try {
            key();
            try (PDDocument blank = new PDDocument()) {
                blank.addPage(new org.apache.pdfbox.pdmodel.PDPage());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                blank.save(out);
                sign(out.toByteArray(), digest -> Optional.empty());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger(PadesSigner.class.getName()).severe(
                    "The signing key could not be read: documents cannot be sent until it is (" + e.getMessage() + ")");
        }
    }

    private SigningKey key() {
        SigningKey known = key;
        if (known == null) {
            synchronized (this) {
                if (key == null) {
                    key = SigningKey.load(provider);
                }
                known = key;
            }
        }
        return known;
    }

    @Override
    public Signed sign(byte[] pdf, Function<byte[], Optional<byte[]>> stamp) {
        SigningKey signing = key();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(commonName(signing.certificate()));
            signature.setReason("Issued by Safeguard Cases");
            signature.setSignDate(Calendar.getInstance());
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(SIGNATURE_ROOM);
            document.addSignature(signature, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_ROOM + 4096);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            byte[] signedRange;
            try (InputStream content = external.getContent()) {
                signedRange = content.readAllBytes();
            }
            Cms cms = cms(signing, signedRange, stamp);
            external.setSignature(cms.encoded());
            options.close();
            return new Signed(out.toByteArray(), cms.trustedTime());
        } catch (IOException e) {
            throw new UncheckedIOException("The document could not be signed", e);
        }
    }

    @Override
    public Signed signBeside(byte[] content, Function<byte[], Optional<byte[]>> stamp) {
        Cms cms = cms(key(), content, stamp);
        return new Signed(cms.encoded(), cms.trustedTime());
    }

    @Override
    public Signer signer() {
        SigningKey signing = key();
        X509Certificate certificate = signing.certificate();
        return new Signer(certificate.getSubjectX500Principal().getName(), pem(signing), SigningKey.fingerprint(
                certificate), signing.ownKey());
    }

    private record Cms(byte[] encoded, boolean trustedTime) {
    }

    private Cms cms(SigningKey signing, byte[] content, Function<byte[], Optional<byte[]>> stamp) {
        try {
            X509Certificate certificate = signing.certificate();
            ContentSigner signer = new JcaContentSignerBuilder(algorithm(signing)).setProvider(provider)
                    .build(signing.privateKey());
            ASN1EncodableVector signedAttributes = new ASN1EncodableVector();
            signedAttributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(signingCertificate(certificate))));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(provider).build())
                    .setSignedAttributeGenerator(new WithoutSigningTime(new AttributeTable(signedAttributes)))
                    .build(signer, certificate));
            generator.addCertificates(new JcaCertStore(signing.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
            SignerInformation signerInfo = signed.getSignerInfos().getSigners().iterator().next();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(signerInfo.getSignature());
            Optional<byte[]> token = stamp.apply(digest).filter(t -> stampsDigest(t, digest));
            if (token.isEmpty()) {
                return new Cms(signed.getEncoded("DER"), false);
            }
            ASN1EncodableVector unsigned = new ASN1EncodableVector();
            unsigned.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                    new DERSet(ASN1Primitive.fromByteArray(token.get()))));
            SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signerInfo,
                    new AttributeTable(unsigned));
            return new Cms(CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped)).getEncoded("DER"),
                    true);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IllegalStateException("The signature could not be made: " + e, e);
        } catch (IOException e) {
            throw new UncheckedIOException("The signature could not be made", e);
        }
    }

    /** Whether the token is a time-stamp token over this digest (one for anything else is not put in). */
    private static boolean stampsDigest(byte[] token, byte[] digest) {
        try {
            TimeStampToken parsed = new TimeStampToken(new CMSSignedData(token));
            return Arrays.equals(parsed.getTimeStampInfo().getMessageImprintDigest(), digest);
        } catch (CMSException | TSPException | IOException | RuntimeException e) {
            return false;
        }
    }

    private static String algorithm(SigningKey signing) {
        return switch (signing.privateKey().getAlgorithm()) {
            case "EC", "ECDSA" -> "SHA256withECDSA";
            default -> "SHA256withRSA";
        };
    }

    private static SigningCertificateV2 signingCertificate(X509Certificate certificate)
            throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
                X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                certificate.getSerialNumber());
        return new SigningCertificateV2(new ESSCertIDv2[] {
                new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuerSerial)});
    }

    /** BC's standard signed attributes (content type, message digest, algorithm protection) less the signing time. */
    private static final class WithoutSigningTime extends DefaultSignedAttributeTableGenerator {

        WithoutSigningTime(AttributeTable attributes) {
            super(attributes);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        protected Hashtable createStandardAttributeTable(Map parameters) {
            Hashtable table = super.createStandardAttributeTable(parameters);
            table.remove(CMSAttributes.signingTime);
            return table;
        }
    }

    private static String commonName(X509Certificate certificate) {
        for (String part : certificate.getSubjectX500Principal().getName().split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            if (part.strip().startsWith("CN=")) {
                return part.strip().substring(3);
            }
        }
        return certificate.getSubjectX500Principal().getName();
    }

    private static String pem(SigningKey signing) {
        StringBuilder pem = new StringBuilder();
        for (X509Certificate certificate : signing.chain()) {
            try {
                pem.append("-----BEGIN CERTIFICATE-----\n")
                        .append(Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                                .encodeToString(certificate.getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return pem.toString();
    }
}
