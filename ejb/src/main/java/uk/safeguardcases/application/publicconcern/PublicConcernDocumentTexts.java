package uk.safeguardcases.application.publicconcern;

import jakarta.enterprise.context.ApplicationScoped;
import uk.safeguardcases.application.reports.DocumentTexts;

/**
 * The concerns from anyone's words in the PDFs, in their own bundle: the heading and labels of the concerns a person
 * raised on the public page, in their subject access answer.
 */
@ApplicationScoped
public class PublicConcernDocumentTexts implements DocumentTexts {

    @Override
    public String bundle() {
        return ReportWords.BUNDLE;
    }
}
