package uk.safeguardcases.web.hosting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.safeguardcases.application.hosting.BoardHealth;
import uk.safeguardcases.application.hosting.HostedBoards;
import uk.safeguardcases.application.hosting.HostedCount;
import uk.safeguardcases.application.hosting.HostOperators;
import uk.safeguardcases.domain.hosting.OperatorLogEntry;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;
import uk.safeguardcases.web.shell.Pages.Done;

/**
 * The operator's home: every board with its health in counts and times (never its content), suspension and
 * resumption, and what the operators did lately.
 */
@Named
@ViewScoped
public class OperatorBoardsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "/operator/boards.xhtml";

    @Inject
    private HostedBoards boards;

    @Inject
    private HostOperators operators;

    private List<BoardHealth> health;
    private List<HostedCount> counts;
    private String chosen;
    private String reason;

    public List<BoardHealth> getBoards() {
        if (health == null) {
            health = new ArrayList<>(boards.boards());
        }
        return health;
    }

    /** Each process's own counts of its records, by board (how many, never what they hold). */
    public List<HostedCount> getCounts() {
        if (counts == null) {
            counts = new ArrayList<>(boards.counts());
        }
        return counts;
    }

    /** A count's heading, in the page's language, from its process's own bundle. */
    public String heading(HostedCount count) {
        return Language.text(count.bundle(), count.key());
    }

    public List<OperatorLogEntry> getLog() {
        return operators.log(20);
    }

    /** The board whose suspension form is open. */
    public void choose(String code) {
        chosen = code;
        reason = null;
    }

    public String suspend() {
        Pages.step("suspend", () -> {
            boards.suspend(chosen, reason);
            return Done.then(SELF, Language.text("hosting", "operator.boards.suspended", chosen));
        });
        return null;
    }

    public String resume(String code) {
        Pages.step(null, () -> {
            boards.resume(code);
            return Done.then(SELF, Language.text("hosting", "operator.boards.resumed", code));
        });
        return null;
    }

    /** A size in bytes, as people read it (kB, MB, GB). */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.UK, "%.1f %s", value, units[unit]);
    }

    public String getChosen() {
        return chosen;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
