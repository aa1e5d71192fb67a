package uk.safeguardcases.domain.dpcomplaint;

/** The names the complaint's model and the product share: its key, its variables and its tasks. */
public final class DpComplaintProcess {

    public static final String KEY = "data-protection-complaint";
    /** The complaint's id (the process's subject). */
    public static final String COMPLAINT_ID = "dpComplaintId";
    /** When the reminder to acknowledge goes (a date-time). */
    public static final String REMIND_AT = "acknowledgementReminderAt";
    /** When an unacknowledged complaint is escalated to the senior managers and the data protection officer. */
    public static final String ESCALATE_AT = "acknowledgementEscalateAt";
    /** Waits for the board to acknowledge the complaint (its officers or senior managers, on the complaints page). */
    public static final String ACKNOWLEDGE = "await-dp-complaint-acknowledgement";
    public static final String ACKNOWLEDGED = "dp-complaint-acknowledged";
    /** Waits for the outcome, while the steps taken are recorded. */
    public static final String RESPOND = "await-dp-complaint-outcome";
    public static final String OUTCOME_SENT = "dp-complaint-outcome-sent";

    private DpComplaintProcess() {
    }
}
