package uk.safeguardcases.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.safeguardcases.application.administration.BoardSettings;
import uk.safeguardcases.application.administration.ClosureDay;
import uk.safeguardcases.application.administration.DeadlineSettings;
import uk.safeguardcases.application.administration.Holiday;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;
import uk.safeguardcases.web.shell.Pages.Done;

/**
 * admin/settings.xhtml: the board's deadlines in working days, its own closure days (added and removed here), and
 * the (shared, read-only) bank holidays.
 */
@Named
@ViewScoped
public class SettingsView implements Serializable {

    private static final String FORM = "deadlines";
    private static final String CLOSURE_FORM = "closure";
    private static final String SELF = "/admin/settings.xhtml";

    @Inject
    private BoardSettings settings;

    private Integer ladoDays;
    private Integer adultReportDays;
    private Integer removalDays;
    private Integer removalReminderDays;
    private Integer cooperationDays;
    private Integer hrAcknowledgementDays;
    private Integer hrReminderDays;
    private Integer triageClosureMonths;
    private Integer coolingOffDays;
    private List<Holiday> holidays;
    private List<ClosureDay> closureDays;
    private LocalDate closureDate;
    private String closureName;

    @PostConstruct
    void load() {
        DeadlineSettings current = settings.deadlines();
        ladoDays = current.ladoDays();
        adultReportDays = current.adultReportDays();
        removalDays = current.removalDays();
        removalReminderDays = current.removalReminderDays();
        cooperationDays = current.cooperationDays();
        hrAcknowledgementDays = current.hrAcknowledgementDays();
        hrReminderDays = current.hrReminderDays();
        triageClosureMonths = settings.triageClosureRetentionMonths();
        coolingOffDays = settings.coolingOffDays();
        holidays = settings.bankHolidays();
        closureDays = settings.closureDays();
    }

    public String addClosureDay() {
        Pages.step(CLOSURE_FORM, () -> {
            ClosureDay added = settings.addClosureDay(closureDate, closureName);
            return Done.then(SELF, Language.text("admin", "settings.closureAdded", day(added.date())));
        });
        return null;
    }

    public String removeClosureDay(ClosureDay day) {
        Pages.step(null, () -> {
            try {
                settings.removeClosureDay(day.id());
            } catch (NotFoundException e) {
                // Removed a moment ago (in another window, say): nothing to say, the list shows how it is now.
                closureDays = settings.closureDays();
                return Done.here(null);
            }
            return Done.then(SELF, Language.text("admin", "settings.closureRemoved", day(day.date())));
        });
        return null;
    }

    /** "Tuesday 29 December 2026", in the page's language. */
    public String day(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Pages.locale()).format(date);
    }

    public List<ClosureDay> getClosureDays() {
        return closureDays;
    }

    public LocalDate getClosureDate() {
        return closureDate;
    }

    public void setClosureDate(LocalDate closureDate) {
        this.closureDate = closureDate;
    }

    public String getClosureName() {
        return closureName;
    }

    public void setClosureName(String closureName) {
        this.closureName = closureName;
    }

    public String getToday() {
        return LocalDate.now(WorkingCalendar.UK).toString();
    }

    public String save() {
        DeadlineSettings before = settings.deadlines();
        Pages.step(FORM, () -> {
            DeadlineSettings after = settings.changeDeadlines(new DeadlineSettings(ladoDays, removalDays,
                    removalReminderDays, cooperationDays, hrAcknowledgementDays, hrReminderDays, adultReportDays));
            return Done.then(SELF, Language.text("admin", before.equals(after) ? "settings.unchanged" : "settings.saved"));
        });
        return null;
    }

    public String saveRetention() {
        Pages.step("retention", () -> {
            settings.keepTriageClosuresFor(triageClosureMonths);
            settings.coolOffFor(coolingOffDays);
            return Done.then(SELF, Language.text("admin", "settings.retentionSaved"));
        });
        return null;
    }

    public Integer getCoolingOffDays() {
        return coolingOffDays;
    }

    public void setCoolingOffDays(Integer coolingOffDays) {
        this.coolingOffDays = coolingOffDays;
    }

    public Integer getTriageClosureMonths() {
        return triageClosureMonths;
    }

    public void setTriageClosureMonths(Integer triageClosureMonths) {
        this.triageClosureMonths = triageClosureMonths;
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

    public Integer getAdultReportDays() {
        return adultReportDays;
    }

    public void setAdultReportDays(Integer adultReportDays) {
        this.adultReportDays = adultReportDays;
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
