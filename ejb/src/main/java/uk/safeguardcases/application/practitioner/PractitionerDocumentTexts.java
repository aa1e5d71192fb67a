package uk.safeguardcases.application.practitioner;

import jakarta.enterprise.context.ApplicationScoped;
import uk.safeguardcases.application.reports.DocumentTexts;

/**
 * The practitioner concerns' words in the PDFs, in their own bundle: the heading and labels of their part of a subject
 * access answer.
 */
@ApplicationScoped
public class PractitionerDocumentTexts implements DocumentTexts {

    @Override
    public String bundle() {
        return PractitionerWords.BUNDLE;
    }
}
