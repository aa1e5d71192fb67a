package uk.safeguardcases.application.investigation;

import java.io.Serializable;
import uk.safeguardcases.domain.allegation.AllegationCategory;
import uk.safeguardcases.domain.allegation.PossibleOffence;
import uk.safeguardcases.domain.allegation.Severity;

/**
 * An allegation as pages and the referral pack show it, with the clause quoted in full. Pages word the category,
 * severity and offence from their bundles, documents from the English labels.
 */
public record AllegationView(Long id, String clauseReference, String clauseText, AllegationCategory category,
        Severity severity, PossibleOffence possibleOffence, String particulars, String recordedBy,
        String clauseWords, String clauseWordsLang) implements Serializable {
}
