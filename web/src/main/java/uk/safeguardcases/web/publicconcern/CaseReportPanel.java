package uk.safeguardcases.web.publicconcern;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.publicconcern.ReportForOfficers;
import uk.safeguardcases.application.publicconcern.ReportsForOfficers;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * On the case page, for the board's officers and seniors: a concern raised on the public page, who raised it (if
 * they said), the messages with them, and a message to them.
 */
@Named
@ViewScoped
public class CaseReportPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportsForOfficers reports;

    @Inject
    private EvidenceService evidence;

    private String ref;
    private transient ReportForOfficers shown;
    private transient boolean read;
    private String message;
    private boolean outcomeShown;
    /**
     * Each item's own "I have looked at it" box, by the evidence's id: one form holds every item's box, so each row
     * keeps its own answer (a form per row of a repeat is one component, whose "was I sent" is the last row's).
     */
    private final HashMap<Long, Boolean> reviewDeclared = new HashMap<>();

    /** The case's report, read once per view; null when the case was not raised on the public page. */
    public ReportForOfficers of(String reference) {
        if (!read || !reference.equals(ref)) {
            ref = reference;
            shown = reports.ofCase(reference).orElse(null);
            outcomeShown = shown != null && shown.outcomeShown();
            read = true;
        }
        return shown;
    }

    public void send(String reference) {
        Pages.step("reporterMessage", Language.text(PublicConcernPages.BUNDLE, "officer.sent"),
                "/officer/case.xhtml?ref=" + reference, () -> reports.message(reference, message));
    }

    public void saveOutcome(String reference) {
        Pages.step("reporterOutcome", Language.text(PublicConcernPages.BUNDLE, "officer.outcomeSaved"),
                "/officer/case.xhtml?ref=" + reference, () -> reports.shareOutcome(reference, outcomeShown));
    }

    /** The officer looked at an item the reporter supplied and accepts it as supplied (not gathered by the board). */
    public void review(String reference, long evidenceId) {
        // One form for every item: a refusal is said at the top of the page.
        Pages.stepOnListed(() -> {
            evidence.review(reference, evidenceId, Boolean.TRUE.equals(reviewDeclared.get(evidenceId)));
            return Pages.Done.then("/officer/case.xhtml?ref=" + reference,
                    Language.text(PublicConcernPages.BUNDLE, "officer.supplied.done"));
        });
    }

    /** Whether the officer ticked the box of each item, by the evidence's id (bound as {@code reviewDeclared[ev.id]}). */
    public Map<Long, Boolean> getReviewDeclared() {
        return reviewDeclared;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public boolean isOutcomeShown() {
        return outcomeShown;
    }

    public void setOutcomeShown(boolean outcomeShown) {
        this.outcomeShown = outcomeShown;
    }
}
