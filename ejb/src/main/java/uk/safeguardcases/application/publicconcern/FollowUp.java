package uk.safeguardcases.application.publicconcern;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import uk.safeguardcases.domain.publicconcern.ReportStatus;

/**
 * What a reporter sees with their code: how it stands in plain words, the outcome only when an officer chose to share
 * it, and the messages between them and the board (never the officer's name).
 *
 * @param access what the page keeps, instead of the code, to act on this report again (server side only)
 * @param addressWaiting whether the reporter gave an e-mail address that is not confirmed yet (the page offers to send
 *     the link again)
 */
public record FollowUp(String access, Instant receivedAt, ReportStatus status, String outcome,
        List<Message> messages, boolean addressWaiting) implements Serializable {

    public record Message(boolean fromReporter, String body, Instant at) implements Serializable {
    }
}
