package uk.safeguardcases.application.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import uk.safeguardcases.application.audit.TimelineActions;
import uk.safeguardcases.application.notification.NoticeKinds;
import uk.safeguardcases.application.reports.DocumentTexts;
import uk.safeguardcases.application.retention.RetentionStep;
import uk.safeguardcases.domain.transfer.TransferAction;
import uk.safeguardcases.domain.transfer.TransferNotice;

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
