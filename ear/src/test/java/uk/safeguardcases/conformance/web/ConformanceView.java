package uk.safeguardcases.conformance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.conformance.ConformanceCheck;
import uk.safeguardcases.conformance.ConformanceChecks;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.web.shell.Pages;

/** The page of the board's conformance checks and the case page's panel of them. */
@Named
@RequestScoped
public class ConformanceView {

    @Inject
    private ConformanceChecks checks;

    private String caseReference;
    private String words;
    private List<ConformanceCheck> listed;

    public List<ConformanceCheck> getChecks() {
        if (listed == null) {
            listed = checks.ofBoard();
        }
        return listed;
    }

    /** The checks of the case page's case. */
    public List<ConformanceCheck> ofCase(String reference) {
        return checks.ofCase(reference);
    }

    public boolean isSenior() {
        return CallerContext.current().has(Role.SENIOR);
    }

    public boolean isOfficer() {
        return CallerContext.current().has(Role.OFFICER);
    }

    public void raise() {
        Pages.step("raise", () -> {
            String reference = checks.raise(caseReference, words);
            return Pages.Done.then(ConformancePages.PAGE, text("raised", reference));
        });
    }

    public void confirm(String reference) {
        Pages.stepOnListed(() -> {
            checks.confirm(reference);
            return Pages.Done.then(ConformancePages.PAGE, text("confirmed", reference));
        });
    }

    private static String text(String key, Object... arguments) {
        return Texts.in(ConformancePages.BUNDLE, Pages.locale(), key, arguments);
    }

    public String getCaseReference() {
        return caseReference;
    }

    public void setCaseReference(String caseReference) {
        this.caseReference = caseReference;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }
}
