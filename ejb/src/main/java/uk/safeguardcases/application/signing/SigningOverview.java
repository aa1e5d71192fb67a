package uk.safeguardcases.application.signing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.signing.IssuedDocumentRepository;

/**
 * The board administrator's view of its signed documents (issue 66): who signs, whether a time-stamping authority is
 * set (when none is, documents are signed without a trusted time, and the page says so), and the latest it issued.
 */
@Stateless
public class SigningOverview {

    private static final int LATEST = 50;

    @Inject
    private PdfSigner signer;

    @Inject
    private TrustedTimes times;

    @Inject
    private IssuedDocumentRepository issued;

    public record Line(String kind, String reference, Instant issuedAt, boolean trustedTime) {
    }

    /**
     * @param withoutTime how many of the board's documents were signed without a trusted time
     */
    public record Overview(PdfSigner.Signer signer, boolean trustedTimeSet, long withoutTime, List<Line> latest) {
    }

    public Overview overview() {
        CallerContext.require(Role.ADMIN);
        return new Overview(signer.signer(), times.configured(), issued.withoutTrustedTime(), issued.latest(LATEST)
                .stream().map(d -> new Line(d.kind(), d.reference(), d.issuedAt(), d.trustedTime())).toList());
    }
}
