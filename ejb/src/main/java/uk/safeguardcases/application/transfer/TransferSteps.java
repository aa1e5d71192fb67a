package uk.safeguardcases.application.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import uk.safeguardcases.application.process.ProcessSteps;
import uk.safeguardcases.domain.transfer.TransferProcess;

/** The two transfer processes' steps: nothing happens on entering a step (the transfers' own acts say where they are). */
public final class TransferSteps {

    private TransferSteps() {
    }

    /** The sending board's process; its subject is the transfer. */
    @ApplicationScoped
    public static class Sending implements ProcessSteps {
        @Override
        public String processKey() {
            return TransferProcess.KEY;
        }

        @Override
        public String subjectVariable() {
            return TransferProcess.TRANSFER_ID;
        }

        @Override
        public void stepEntered(long subjectId, String activityId) {
            // The transfer's status is set by the acts themselves (proposed, checked, sent, answered).
        }
    }

    /** The receiving board's process; its subject is what it received (once its first step kept it). */
    @ApplicationScoped
    public static class Receiving implements ProcessSteps {
        @Override
        public String processKey() {
            return TransferProcess.RECEIVED_KEY;
        }

        @Override
        public String subjectVariable() {
            return TransferProcess.RECEIVED_ID;
        }

        @Override
        public void stepEntered(long subjectId, String activityId) {
            // The received transfer's status is set by the acts themselves (received, accepted, declined).
        }
    }
}
