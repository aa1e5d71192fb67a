package uk.safeguardcases.application.dpcomplaint;

import jakarta.enterprise.context.ApplicationScoped;
import uk.safeguardcases.application.reports.DocumentTexts;

/** Its words in the PDFs (its part of a subject access answer). */
@ApplicationScoped
public class DpComplaintDocumentTexts implements DocumentTexts {
    @Override
    public String bundle() {
        return DpComplaintWords.BUNDLE;
    }
}
