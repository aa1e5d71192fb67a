package uk.safeguardcases.infrastructure.trustedtime;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HexFormat;
import java.util.Optional;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;
import uk.safeguardcases.application.trustedtime.TimestampTokens;

/** Reads a kept token with Bouncy Castle: what it says, once its signature holds against the certificate it carries. */
@ApplicationScoped
public class BcTimestampTokens implements TimestampTokens {

    @Override
    public Optional<TokenFacts> read(byte[] der) {
        if (der == null || der.length == 0) {
            return Optional.empty();
        }
        try {
            TimeStampToken token = new TimeStampToken(new org.bouncycastle.cms.CMSSignedData(der));
            X509CertificateHolder signer = Rfc3161Client.verifySignature(token);
            TimeStampTokenInfo info = token.getTimeStampInfo();
            if (!TSPAlgorithms.SHA256.equals(info.getMessageImprintAlgOID())) {
                return Optional.empty();
            }
            return Optional.of(new TokenFacts(info.getGenTime().toInstant(), nameOf(signer.getSubject()),
                    HexFormat.of().formatHex(info.getMessageImprintDigest()), info.getSerialNumber().toString()));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** The authority as people know it: its certificate's common name and organisation, else the whole name. */
    static String nameOf(X500Name subject) {
        String common = first(subject, BCStyle.CN);
        String organisation = first(subject, BCStyle.O);
        if (common == null) {
            return subject.toString();
        }
        return organisation == null || common.contains(organisation) ? common : common + ", " + organisation;
    }

    private static String first(X500Name name, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        return rdns.length == 0 ? null : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }
}
