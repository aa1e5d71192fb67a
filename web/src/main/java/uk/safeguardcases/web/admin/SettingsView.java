package uk.safeguardcases.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.administration.BoardSettings;
import uk.safeguardcases.application.administration.DeadlineSettings;
import uk.safeguardcases.application.administration.Holiday;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/** admin/settings.xhtml: the board's deadlines in working days, and the (shared, read-only) bank holidays. */
@Named
@ViewScoped
public class SettingsView implements Serializable {

    private static final String FORM = "deadlines";

    @Inject
    private BoardSettings settings;

    private Integer ladoDays;
    private Integer removalDays;
    private Integer removalReminderDays;
    private Integer cooperationDays;
    private Integer hrAcknowledgementDays;
    private Integer hrReminderDays;
    private List<Holiday> holidays;

    @PostConstruct
    void load() {
        DeadlineSettings current = settings.deadlines();
        ladoDays = current.ladoDays();
        removalDays = current.removalDays();
        removalReminderDays = current.removalReminderDays();
        cooperationDays = current.cooperationDays();
        hrAcknowledgementDays = current.hrAcknowledgementDays();
        hrReminderDays = current.hrReminderDays();
        holidays = settings.bankHolidays();
    }

    public String save() {
        DeadlineSettings before = settings.deadlines();
        try {
            DeadlineSettings after = settings.changeDeadlines(new DeadlineSettings(ladoDays, removalDays,
                    removalReminderDays, cooperationDays, hrAcknowledgementDays, hrReminderDays));
            Pages.info(Language.text("admin", before.equals(after) ? "settings.unchanged" : "settings.saved"));
            return "settings?faces-redirect=true";
        } catch (InvalidInputException e) {
            Pages.fieldErrors(FORM, e.fieldMessages());
            return null;
        }
    }

    public List<Holiday> getHolidays() {
        return holidays;
    }

    public Integer getLadoDays() {
        return ladoDays;
    }

    public void setLadoDays(Integer ladoDays) {
        this.ladoDays = ladoDays;
    }

    public Integer getRemovalDays() {
        return removalDays;
    }

    public void setRemovalDays(Integer removalDays) {
        this.removalDays = removalDays;
    }

    public Integer getRemovalReminderDays() {
        return removalReminderDays;
    }

    public void setRemovalReminderDays(Integer removalReminderDays) {
        this.removalReminderDays = removalReminderDays;
    }

    public Integer getCooperationDays() {
        return cooperationDays;
    }

    public void setCooperationDays(Integer cooperationDays) {
        this.cooperationDays = cooperationDays;
    }

    public Integer getHrAcknowledgementDays() {
        return hrAcknowledgementDays;
    }

    public void setHrAcknowledgementDays(Integer hrAcknowledgementDays) {
        this.hrAcknowledgementDays = hrAcknowledgementDays;
    }

    public Integer getHrReminderDays() {
        return hrReminderDays;
    }

    public void setHrReminderDays(Integer hrReminderDays) {
        this.hrReminderDays = hrReminderDays;
    }
}
