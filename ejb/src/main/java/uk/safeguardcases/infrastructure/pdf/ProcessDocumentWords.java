package uk.safeguardcases.infrastructure.pdf;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import uk.safeguardcases.application.reports.DocumentTexts;

/**
 * The processes' own words in the documents ({@link DocumentTexts}), made known to {@link DocumentWords} as the
 * application starts: before any document is printed, whichever bean prints it (the product's documents, the child
 * searches' register and log).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ProcessDocumentWords {

    @Inject
    @Any
    private Instance<DocumentTexts> processTexts;

    @PostConstruct
    void knowProcessWords() {
        List<DocumentTexts> texts = new ArrayList<>();
        processTexts.forEach(texts::add);
        DocumentWords.processBundles(texts);
    }
}
