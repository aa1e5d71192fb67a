package uk.safeguardcases.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.board.ClauseView;
import uk.safeguardcases.web.shell.BoardClauses;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.CaseSummary;
import uk.safeguardcases.web.shell.Pages;
import uk.safeguardcases.web.shell.Pages.Done;

/** A member tells the board about something concerning themselves (Cwm Taf: "notify your manager"). */
@Named
@ViewScoped
public class SelfReportView implements Serializable {

    private static final int MAX_TEXT = 3800;

    @Inject
    private CaseService cases;

    /** Read for each request, not kept with the page (see BoardClauses). */
    @Inject
    private BoardClauses clauses;
    private Long clauseId;
    private String account;

    @PostConstruct
    void load() {
    }

    public String send() {
        Map<String, String> problems = new LinkedHashMap<>();
        String text = account == null ? "" : account.strip();
        if (text.isEmpty()) {
            problems.put("account", RequestWording.text("error.account"));
        } else if (text.length() > MAX_TEXT) {
            problems.put("account", RequestWording.text("error.tooLong", MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            Pages.fieldErrors("selfReport", problems);
            return null;
        }
        Pages.step("selfReport", () -> {
            CaseSummary reported;
            try {
                reported = cases.selfReport(clauseId, text);
            } catch (InvalidInputException e) {
                // The service's messages are in the member's language; a clause no longer offered is answered with
                // the page's words, which name its "I am not sure" choice.
                Map<String, String> words = new LinkedHashMap<>(e.fieldMessages());
                words.computeIfPresent("clauseId", (field, message) -> RequestWording.text("error.clause"));
                throw new InvalidInputException(words);
            }
            return Done.then("/portal/history.xhtml", RequestWording.text("selfReport.done", reported.reference()));
        });
        return null;
    }

    public List<ClauseView> getClauses() {
        return clauses.inForce();
    }

    public Long getClauseId() {
        return clauseId;
    }

    public void setClauseId(Long clauseId) {
        this.clauseId = clauseId;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }
}
