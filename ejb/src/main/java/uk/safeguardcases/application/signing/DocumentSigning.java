package uk.safeguardcases.application.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import uk.safeguardcases.application.reports.DocumentSeal;
import uk.safeguardcases.application.reports.OutgoingDocument;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.evidence.ContentHash;
import uk.safeguardcases.domain.signing.IssuedDocument;
import uk.safeguardcases.domain.signing.IssuedDocumentRepository;

/**
 * Every outgoing document signed (issue 66), with a trusted time when an authority gives one, and recorded as issued
 * by the caller's board, in the producer's transaction: a document whose step rolls back was never issued.
 */
@ApplicationScoped
public class DocumentSigning implements DocumentSeal {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private PdfSigner signer;

    @Inject
    private TrustedTimes times;

    @Inject
    private IssuedDocumentRepository issued;

    @Inject
    private Event<SignedWithoutTime> withoutTime;

    @Override
    public byte[] seal(OutgoingDocument document) {
        PdfSigner.Signed signed = signer.sign(document.content(), times::stamp);
        record(document, ContentHash.sha256Hex(signed.content()), signed.trustedTime());
        return signed.content();
    }

    @Override
    public Optional<byte[]> sealBeside(OutgoingDocument document) {
        PdfSigner.Signed signed = signer.signBeside(document.content(), times::stamp);
        // The file itself is what its holder checks; the signature beside it says who issued it.
        record(document, ContentHash.sha256Hex(document.content()), signed.trustedTime());
        return Optional.of(signed.content());
    }

    private void record(OutgoingDocument document, String sha256, boolean trustedTime) {
        issued.add(new IssuedDocument(document.kind(), document.reference(), sha256,
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS), trustedTime));
        if (!trustedTime) {
            withoutTime.fire(new SignedWithoutTime(CallerContext.current().tenantId()));
        }
    }
}
