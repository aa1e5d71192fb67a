package uk.safeguardcases.domain.deadline;

/**
 * A board's deadlines, in working days: each a setting its administrator may change (new requests and referrals
 * take the new ones; ones already sent keep theirs).
 */
public record BoardDeadlines(int ladoDays, int removalDays, int removalReminderDays, int cooperationDays,
        int hrAcknowledgementDays, int hrReminderDays, int adultReportDays) {

    /** With the report about an adult at risk due in one working day, as the LADO referral is by default. */
    public BoardDeadlines(int ladoDays, int removalDays, int removalReminderDays, int cooperationDays,
            int hrAcknowledgementDays, int hrReminderDays) {
        this(ladoDays, removalDays, removalReminderDays, cooperationDays, hrAcknowledgementDays, hrReminderDays, 1);
    }
}
