package uk.safeguardcases.application.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The one way out for every document the product sends or publishes: each producer hands its PDF here once laid out,
 * and keeps or sends what comes back. Every {@link DocumentSeal} bean is asked in turn; the core names none.
 */
@ApplicationScoped
public class OutgoingDocuments {

    @Inject
    private Instance<DocumentSeal> seals;

    /** The PDF as it leaves the product, of kind {@code kind} about {@code reference} (or null). */
    public byte[] issue(String kind, String reference, byte[] pdf) {
        byte[] content = pdf;
        for (DocumentSeal seal : seals) {
            content = seal.seal(new OutgoingDocument(kind, reference, content));
        }
        return content;
    }

    /** A detached seal for a file that is not a PDF (the first seal's that gives one), or empty. */
    public Optional<byte[]> sealBeside(String kind, String reference, byte[] content) {
        for (DocumentSeal seal : seals) {
            Optional<byte[]> beside = seal.sealBeside(new OutgoingDocument(kind, reference, content));
            if (beside.isPresent()) {
                return beside;
            }
        }
        return Optional.empty();
    }
}
