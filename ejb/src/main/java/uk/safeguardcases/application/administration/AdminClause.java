package uk.safeguardcases.application.administration;

import java.io.Serializable;

/**
 * A clause of the board's policy as the administrator manages it.
 *
 * @param sectionCy the section in Welsh, null when the board has given none
 * @param textCy the clause's words in Welsh, null when the board has given none
 * @param citations how many allegations cite this version (its words can then no longer change in place)
 */
public record AdminClause(Long id, String reference, String section, String text, String sectionCy, String textCy,
        int version, boolean retired, long citations) implements Serializable {

    /** Whether the Welsh words are still to be given. */
    public boolean welshMissing() {
        return textCy == null || textCy.isBlank();
    }
}
