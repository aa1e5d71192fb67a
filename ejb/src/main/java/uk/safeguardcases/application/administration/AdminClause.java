package uk.safeguardcases.application.administration;

import java.io.Serializable;

/**
 * A clause of the board's policy as the administrator manages it.
 *
 * @param citations how many allegations cite this version (its words can then no longer change in place)
 */
public record AdminClause(Long id, String reference, String section, String text, int version, boolean retired,
        long citations) implements Serializable {
}
