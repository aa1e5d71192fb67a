package uk.safeguardcases.application.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.audit.TimelineActions;
import uk.safeguardcases.application.hosting.HostedCounts;
import uk.safeguardcases.application.notification.NoticeKinds;
import uk.safeguardcases.application.reports.DocumentTexts;
import uk.safeguardcases.application.retention.RetentionStep;
import uk.safeguardcases.domain.transfer.TransferAction;
import uk.safeguardcases.domain.transfer.TransferNotice;
import uk.safeguardcases.domain.transfer.TransferRepository;

/**
 * The transfers' registrations: their timeline actions, their e-mails, their retention and their words in documents
 * (their part of a subject access answer is {@link ReceivedForSubjectAccess}).
 */
public final class TransferRegistrations {

    private TransferRegistrations() {
    }

    @ApplicationScoped
    public static class Actions implements TimelineActions {
        @Override
        public List<TransferAction> actions() {
            return List.of(TransferAction.values());
        }
    }

    @ApplicationScoped
    public static class Notices implements NoticeKinds {
        @Override
        public List<TransferNotice> kinds() {
            return List.of(TransferNotice.values());
        }
    }

    /** For the hosting operator: how many cases each board sent to other boards, and received; never what they hold. */
    @ApplicationScoped
    public static class Counts implements HostedCounts {
        @Inject
        TransferRepository transfers;

        @Override
        public String bundle() {
            return TransferWords.BUNDLE;
        }

        @Override
        public Map<String, Map<String, Long>> byBoard() {
            Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
            counts.put("hosting.sent", transfers.sentByBoard());
            counts.put("hosting.received", transfers.receivedByBoard());
            return counts;
        }
    }

    /** The transfers' words in the PDFs: the heading and labels of their part of a subject access answer. */
    @ApplicationScoped
    public static class Documents implements DocumentTexts {
        @Override
        public String bundle() {
            return TransferWords.BUNDLE;
        }
    }

    /**
     * A transfer's records go with its case's removal under the board's retention (the case's own rule); what came
     * from a board that removed its record, kept under the legal hold on the board's own case, goes once the hold is
     * lifted.
     */
    @ApplicationScoped
    public static class Retention implements RetentionStep {
        @Inject
        CaseTransfers transfers;

        @Inject
        ReceivedTransfers received;

        @Override
        public int removeDue(LocalDate today) {
            return transfers.removeOfRemovedCases() + received.eraseReleased();
        }
    }
}
