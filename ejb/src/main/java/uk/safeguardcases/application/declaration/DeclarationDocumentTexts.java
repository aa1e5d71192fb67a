package uk.safeguardcases.application.declaration;

import jakarta.enterprise.context.ApplicationScoped;
import uk.safeguardcases.application.reports.DocumentTexts;

/**
 * The policy declarations' words in the PDFs, in their own bundle: the heading and labels of a member's declarations
 * in their subject access answer.
 */
@ApplicationScoped
public class DeclarationDocumentTexts implements DocumentTexts {

    @Override
    public String bundle() {
        return DeclarationWords.BUNDLE;
    }
}
