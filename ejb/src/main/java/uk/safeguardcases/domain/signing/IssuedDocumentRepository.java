package uk.safeguardcases.domain.signing;

import java.util.List;
import java.util.Optional;

/** The board's issued documents; another board's are never found. */
public interface IssuedDocumentRepository {

    void add(IssuedDocument document);

    /** The board's document whose signed bytes have this SHA-256, if it issued one. */
    Optional<IssuedDocument> withSha256(String sha256);

    /** The board's latest, newest first. */
    List<IssuedDocument> latest(int most);

    /** How many of the board's were signed without a trusted time. */
    long withoutTrustedTime();
}
