package uk.safeguardcases.web.senior;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguardcases.application.stuckwork.StuckItem;
import uk.safeguardcases.application.stuckwork.StuckWork;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;
import uk.safeguardcases.web.shell.Pages.Done;

/**
 * senior/stuck-work.xhtml, for the board's senior managers and administrators: the steps of its processes that failed
 * every try and the e-mails given up on, each to try again (or, for an e-mail, to say it was dealt with another way).
 * Each action comes back to this page's own address (Post/Redirect/Get), so a refresh never repeats it.
 */
@Named
@ViewScoped
public class StuckWorkView implements Serializable {

    private static final String PAGE = "/senior/stuck-work.xhtml";

    @Inject
    private StuckWork stuckWork;

    private List<StuckItem> items;

    /** The e-mail whose "dealt with another way" waits to be confirmed (a check step: it leaves the page). */
    private String confirmingId;

    public void load() {
        items = stuckWork.list();
    }

    public String tryAgain(StuckItem item) {
        Pages.stepOnListed(() -> {
            if (item.isPart()) {
                return Done.then(PAGE, stuckWork.tryPartAgain(item.id()));
            }
            if (item.isStep()) {
                stuckWork.tryStepAgain(item.id());
                return Done.then(PAGE, Language.text("officer", "stuck.triedAgain", item.name()));
            }
            stuckWork.tryEmailAgain(Long.parseLong(item.id()));
            return Done.then(PAGE, Language.text("officer", "stuck.emailQueued", item.name()));
        });
        return null;
    }

    /** The first click on "dealt with another way": the row asks to confirm, nothing is done yet. */
    public String askDealtWith(StuckItem item) {
        confirmingId = item.id();
        return null;
    }

    public String cancel() {
        confirmingId = null;
        return null;
    }

    public boolean confirming(StuckItem item) {
        return !item.isStep() && item.id().equals(confirmingId);
    }

    public String dealtWith(StuckItem item) {
        confirmingId = null;
        Pages.stepOnListed(() -> {
            if (item.isPart()) {
                return Done.then(PAGE, stuckWork.partDealtWith(item.id()));
            }
            stuckWork.emailDealtWith(Long.parseLong(item.id()));
            return Done.then(PAGE, Language.text("officer", "stuck.dealtWithDone", item.name()));
        });
        return null;
    }

    public List<StuckItem> getItems() {
        return items;
    }
}
