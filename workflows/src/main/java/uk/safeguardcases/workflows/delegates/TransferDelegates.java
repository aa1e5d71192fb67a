package uk.safeguardcases.workflows.delegates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.transfer.ReceivedTransfers;
import uk.safeguardcases.application.transfer.TransferAnswer;
import uk.safeguardcases.application.transfer.TransferCrossing;
import uk.safeguardcases.domain.cases.AllegationFinding;
import uk.safeguardcases.domain.transfer.SenderChange;
import uk.safeguardcases.domain.transfer.TransferProcess;

/**
 * The transfer processes' own steps, each a job of its board's process: every one goes through
 * {@link TransferCrossing}, the one path between two boards, which acts as each board in turn.
 */
@ApplicationScoped
public class TransferDelegates {

    @Inject
    private TransferCrossing crossing;

    @Inject
    private ReceivedTransfers received;

    /** The sending board's: what goes is made and the receiving board's process started with it. */
    @Produces
    @Named("sendTransferDelegate")
    JavaDelegate send() {
        return execution -> crossing.send(execution.getTenantId(), transferId(execution),
                execution.getProcessInstanceId());
    }

    /** The receiving board's first: what came is kept as its record, and taken out of the process. */
    @Produces
    @Named("receiveTransferDelegate")
    JavaDelegate receive() {
        return execution -> {
            if (execution.getVariable(TransferProcess.RECEIVED_ID) != null) {
                return; // imported from another deployment: kept already, as the senior manager imported it
            }
            byte[] sent = (byte[]) execution.getVariable(TransferProcess.PACKAGE);
            long id = crossing.receive(execution.getTenantId(), sent, execution.getProcessInstanceId());
            execution.setVariable(TransferProcess.RECEIVED_ID, id);
            execution.removeVariable(TransferProcess.PACKAGE);
        };
    }

    /** The receiving board's, while it waits for a decision: its senior managers reminded (as the board). */
    @Produces
    @Named("remindTransferDecisionDelegate")
    JavaDelegate remind() {
        return execution -> {
            long id = ((Number) execution.getVariable(TransferProcess.RECEIVED_ID)).longValue();
            CallerContext.runAs(Caller.system(execution.getTenantId()), () -> {
                received.remind(id);
                return null;
            });
        };
    }

    /** The receiving board's last: its answer goes to the sending board's process. */
    @Produces
    @Named("tellSendingBoardDelegate")
    JavaDelegate tell() {
        return execution -> crossing.tell((String) execution.getVariable(TransferProcess.FROM_BOARD),
                (String) execution.getVariable(TransferProcess.FROM_INSTANCE), answer(execution));
    }

    /** The sending board's last: the answer recorded on its case. */
    @Produces
    @Named("recordTransferAnswerDelegate")
    JavaDelegate recordAnswer() {
        return execution -> crossing.recordAnswer(execution.getTenantId(), transferId(execution), answer(execution));
    }

    /** The sending board's, for a change of a case it sent: told to the receiving board, and what it did recorded. */
    @Produces
    @Named("tellTransferChangeDelegate")
    JavaDelegate tellChange() {
        return execution -> {
            String finding = (String) execution.getVariable(TransferProcess.FINDING);
            SenderChange.Told told = new SenderChange.Told(
                    SenderChange.valueOf((String) execution.getVariable(TransferProcess.CHANGE)),
                    finding == null || finding.isEmpty() ? null : AllegationFinding.valueOf(finding));
            crossing.followUp(execution.getTenantId(), transferId(execution),
                    (String) execution.getVariable(TransferProcess.TO_BOARD),
                    ((Number) execution.getVariable(TransferProcess.CASE_ID)).longValue(), told,
                    Instant.parse((String) execution.getVariable(TransferProcess.CHANGED_AT)));
        };
    }

    /** The receiving board's, once a kept copy is erased: the sending board told, and its timeline says so. */
    @Produces
    @Named("tellCopyErasedDelegate")
    JavaDelegate tellCopyErased() {
        return execution -> crossing.copyErased(execution.getTenantId(),
                (String) execution.getVariable(TransferProcess.FROM_BOARD),
                (String) execution.getVariable(TransferProcess.FROM_REFERENCE));
    }

    private static long transferId(DelegateExecution execution) {
        return ((Number) execution.getVariable(TransferProcess.TRANSFER_ID)).longValue();
    }

    private static TransferAnswer answer(DelegateExecution execution) {
        return new TransferAnswer(Boolean.TRUE.equals(execution.getVariable(TransferProcess.ACCEPTED)),
                (String) execution.getVariable(TransferProcess.DECISION_REASON),
                (String) execution.getVariable(TransferProcess.THEIR_REFERENCE));
    }
}
