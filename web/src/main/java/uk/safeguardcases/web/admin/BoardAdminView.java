package uk.safeguardcases.web.admin;

import uk.safeguardcases.application.retention.DueRemoval;
import uk.safeguardcases.application.retention.RetentionPurge;

import uk.safeguardcases.application.chaincheck.AuditChainChecks;
import uk.safeguardcases.application.chaincheck.ChainCheckBusyException;
import uk.safeguardcases.application.audit.ChainCheckView;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguardcases.application.administration.AuditLine;
import uk.safeguardcases.application.administration.BoardSettings;
import uk.safeguardcases.application.administration.DeadlineSettings;
import uk.safeguardcases.application.administration.PeopleAdministration;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.board.ClauseView;
import uk.safeguardcases.web.shell.BoardClauses;

/** The board administrator's landing page: what is set up, and the latest changes to it. */
@Named
@ViewScoped
public class BoardAdminView implements Serializable {

    private static final int RECENT_CHANGES = 25;

    @Inject
    private BoardService boards;

    @Inject
    private PeopleAdministration people;

    @Inject
    private BoardSettings settings;

    @Inject
    private AuditChainChecks chainChecks;

    @Inject
    private RetentionPurge retention;

    /** How far ahead the board sees what the retention rule removes. */
    static final int REMOVALS_AHEAD_DAYS = 30;

    private List<DueRemoval> dueRemovals;

    private ChainCheckView chain;

    private int organisationCount;
    private long activePeople;
    /** Read for each request, not kept with the page (see BoardClauses). */
    @Inject
    private BoardClauses clauses;
    private DeadlineSettings deadlines;
    private List<AuditLine> changes;

    @PostConstruct
    void load() {
        dueRemovals = retention.dueWithin(REMOVALS_AHEAD_DAYS);
        organisationCount = boards.organisations().size();
        activePeople = people.activeCount();
        deadlines = settings.deadlines();
        changes = settings.recentChanges(RECENT_CHANGES);
        chain = chainChecks.latest();
    }

    /** Checks the board's audit chain now; the page shows what the check found. */
    public String checkChain() {
        try {
            chain = chainChecks.checkNow();
        } catch (ChainCheckBusyException busy) {
            Pages.error(Language.text("admin", "chain.busy", busy.retryAfterSeconds()));
            return null;
        }
        if (!chain.intact()) {
            Pages.error(Language.text("admin", "chain.checkedBroken", chain.firstBrokenSequence()));
            return null;
        }
        Pages.info(Language.text("admin", "chain.checkedIntact", chain.entriesChecked()));
        return "board?faces-redirect=true";
    }

    /** The cases the retention rule removes in the next 30 days (and any overdue), held ones marked. */
    public List<DueRemoval> getDueRemovals() {
        return dueRemovals;
    }

    public ChainCheckView getChain() {
        return chain;
    }

    public int getOrganisationCount() {
        return organisationCount;
    }

    public long getActivePeople() {
        return activePeople;
    }

    public List<ClauseView> getClauses() {
        return clauses.inForce();
    }

    public DeadlineSettings getDeadlines() {
        return deadlines;
    }

    public List<AuditLine> getChanges() {
        return changes;
    }
}
