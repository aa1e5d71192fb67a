package uk.safeguardcases.infrastructure.signing;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.tsp.TimeStampToken;
import uk.safeguardcases.application.signing.DetachedSignatures;
import uk.safeguardcases.application.signing.DetachedSignatures.Refusal;

/**
 * Detached CMS signatures checked with Bouncy Castle (as a provider instance, never registered with the JVM): the one
 * signer's signature over the content, with the certificate the signature carries; its signature time-stamp token,
 * when there is one, over the SHA-256 of the signature value (as {@link PadesSigner} puts it) and valid with the
 * token's own certificate.
 */
@ApplicationScoped
public class CmsDetachedSignatures implements DetachedSignatures {

    private final BouncyCastleProvider provider = new BouncyCastleProvider();

    @Override
    public Verified verify(byte[] content, byte[] signature) {
        SignerInformation signer;
        X509Certificate certificate;
        try {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content), signature);
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                throw new SignatureRefusedException(Refusal.NO_SIGNER);
            }
            signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                throw new SignatureRefusedException(Refusal.NO_SIGNER);
            }
            certificate = new JcaX509CertificateConverter().setProvider(provider)
                    .getCertificate(matches.iterator().next());
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(provider).build(certificate))) {
                throw new SignatureRefusedException(Refusal.CHANGED);
            }
        } catch (SignatureRefusedException e) {
            throw e;
        } catch (Exception e) {
            // A content digest that differs is reported by Bouncy Castle as an exception, not as false.
            throw new SignatureRefusedException(e.getMessage() != null && e.getMessage().contains("digest")
                    ? Refusal.CHANGED : Refusal.UNREADABLE);
        }
        return new Verified(certificate.getSubjectX500Principal().getName(), SigningKey.fingerprint(certificate),
                trustedTime(signer));
    }

    private java.time.Instant trustedTime(SignerInformation signer) {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute stamp = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (stamp == null) {
            return null;
        }
        try {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(
                    stamp.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(signer.getSignature());
            if (!Arrays.equals(token.getTimeStampInfo().getMessageImprintDigest(), digest)) {
                throw new SignatureRefusedException(Refusal.TIME_INVALID);
            }
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> authority = token.getCertificates().getMatches(token.getSID());
            if (authority.isEmpty()) {
                throw new SignatureRefusedException(Refusal.TIME_INVALID);
            }
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(provider)
                    .build(authority.iterator().next()));
            return token.getTimeStampInfo().getGenTime().toInstant();
        } catch (SignatureRefusedException e) {
            throw e;
        } catch (Exception e) {
            throw new SignatureRefusedException(Refusal.TIME_INVALID);
        }
    }

    @Override
    public Verified certificate(String pem) {
        String text = pem == null ? "" : pem.strip();
        int begin = text.indexOf("-----BEGIN CERTIFICATE-----");
        int end = text.indexOf("-----END CERTIFICATE-----");
        if (begin < 0 || end < begin) {
            throw new SignatureRefusedException(Refusal.NOT_A_CERTIFICATE);
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(text.substring(begin + 27, end)
                    .getBytes(StandardCharsets.US_ASCII));
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
            return new Verified(certificate.getSubjectX500Principal().getName(), SigningKey.fingerprint(certificate),
                    null);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SignatureRefusedException(Refusal.NOT_A_CERTIFICATE);
        }
    }
}
