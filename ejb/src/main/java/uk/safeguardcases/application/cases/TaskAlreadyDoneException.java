package uk.safeguardcases.application.cases;

import jakarta.ejb.ApplicationException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The task is not the caller's to do: someone else completed it first, or it is assigned to someone else. The
 * message says who (and when).
 */
@ApplicationException(rollback = true)
public class TaskAlreadyDoneException extends RuntimeException {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm");

    public TaskAlreadyDoneException(String message) {
        super(message);
    }

    /** "Triage of CHSCB-2026-0042 was already done by chscb.officer on 5 May 2026 at 10:04." */
    public static TaskAlreadyDoneException doneBy(String stepName, String reference, String username, Instant at) {
        return new TaskAlreadyDoneException(stepName + " of " + reference + " was already done by "
                + byWhomAndWhen(username, at) + ".");
    }

    /** "chscb.officer on 5 May 2026 at 10:04", as the messages above say it. */
    public static String byWhomAndWhen(String username, Instant at) {
        return username + " on " + WHEN.format(at.atZone(UK));
    }
}
