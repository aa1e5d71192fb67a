package uk.safeguardcases.application.reports;

import java.util.Optional;

/**
 * What a document goes through on its way out (issue 66: every document the product sends or publishes is signed):
 * a plug-in registers an {@code @ApplicationScoped} bean, and {@link OutgoingDocuments} hands every outgoing document
 * to every such bean in turn, in the producer's transaction. With none, a document leaves as it was laid out.
 */
public interface DocumentSeal {

    /** The PDF {@code document.content()} as it leaves: sealed (signed), and recorded as issued. */
    byte[] seal(OutgoingDocument document);

    /**
     * For a file that is not a PDF (a board's export's manifest): a detached seal to put beside it, recorded as
     * issued; empty for none.
     */
    default Optional<byte[]> sealBeside(OutgoingDocument document) {
        return Optional.empty();
    }
}
