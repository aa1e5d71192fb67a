package uk.safeguardcases.application.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import uk.safeguardcases.application.audit.TimelineActions;
import uk.safeguardcases.application.notification.NoticeKinds;
import uk.safeguardcases.application.retention.RetentionStep;
import uk.safeguardcases.domain.transfer.TransferAction;
import uk.safeguardcases.domain.transfer.TransferNotice;

/** The transfers' registrations: their timeline actions, their e-mails and their retention. */
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

    /** A transfer's records go with its case's removal under the board's retention (the case's own rule). */
    @ApplicationScoped
    public static class Retention implements RetentionStep {
        @Inject
        CaseTransfers transfers;

        @Override
        public int removeDue(LocalDate today) {
            return transfers.removeOfRemovedCases();
        }
    }
}
