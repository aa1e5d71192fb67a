package uk.safeguardcases.application.board;

import java.io.Serializable;

/** What a page needs to show a board: its name and colours. */
public record BoardProfile(String id, String name, String shortName, String referencePrefix, String policyTitle,
        String primaryColour, String accentColour, boolean welshInterface) implements Serializable {
}
