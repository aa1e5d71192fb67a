package uk.safeguardcases.application.trustedtime;

import java.io.Serializable;
import java.time.Instant;

/**
 * A piece of evidence with its capture record and its trusted time, as the case page and the referral pack give them.
 *
 * @param number the item's number in the case
 * @param url the address it was seen at (null: none, or withheld)
 * @param seenAt when it was seen (captured)
 * @param seenBy who saw it (the user name that captured it, or the monitoring tool's)
 * @param how how it came to the board (the capture method's words)
 * @param form how it was captured, the form of its record (words: "captured as a screenshot", …, or that it was not
 *        recorded)
 * @param kept what the board kept of it: a file's type, the captured text, or the address only (words)
 * @param sha256 its SHA-256 (null when withheld: illegal imagery reported to the IWF / CEOP)
 * @param stampedAt the time the authority's token gives, or null while there is none
 * @param authority the authority that signed it, or null
 */
public record EvidenceTime(long evidenceId, int number, String url, Instant seenAt, String seenBy, String how,
        String form, String kept, String sha256, Instant stampedAt, String authority) implements Serializable {

    public boolean stamped() {
        return stampedAt != null;
    }

    /** Whether its address, hash and what it is stay with the board. */
    public boolean withheld() {
        return sha256 == null;
    }
}
