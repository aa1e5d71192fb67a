package uk.safeguardcases.application.administration;

import java.io.Serializable;

/** A board's deadlines, in working days (null where a form left a number out). */
public record DeadlineSettings(Integer ladoDays, Integer removalDays, Integer removalReminderDays,
        Integer cooperationDays, Integer hrAcknowledgementDays, Integer hrReminderDays, Integer adultReportDays)
        implements Serializable {

    /** With the adults' route in one working day, its default. */
    public DeadlineSettings(Integer ladoDays, Integer removalDays, Integer removalReminderDays, Integer cooperationDays,
            Integer hrAcknowledgementDays, Integer hrReminderDays) {
        this(ladoDays, removalDays, removalReminderDays, cooperationDays, hrAcknowledgementDays, hrReminderDays, 1);
    }
}
