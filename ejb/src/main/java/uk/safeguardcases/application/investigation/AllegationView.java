package uk.safeguardcases.application.investigation;

import java.io.Serializable;

/** An allegation as pages and the referral pack show it, with the clause quoted in full. */
public record AllegationView(Long id, String clauseReference, String clauseText, String category, String severity,
        String possibleOffence, String particulars, String recordedBy) implements Serializable {
}
