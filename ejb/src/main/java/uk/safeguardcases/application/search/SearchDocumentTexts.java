package uk.safeguardcases.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import uk.safeguardcases.application.reports.DocumentTexts;

/**
 * The child searches' words in the PDFs, in their own bundle: the search register and a search's log
 * ({@link SearchDocuments}), and their states and outcomes.
 */
@ApplicationScoped
public class SearchDocumentTexts implements DocumentTexts {

    @Override
    public String bundle() {
        return SearchWords.BUNDLE;
    }
}
