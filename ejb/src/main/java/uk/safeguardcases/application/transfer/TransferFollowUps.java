package uk.safeguardcases.application.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.audit.TimelineRecorded;
import uk.safeguardcases.domain.cases.AllegationFinding;
import uk.safeguardcases.domain.transfer.CaseTransfer;
import uk.safeguardcases.domain.transfer.SenderChange;
import uk.safeguardcases.domain.transfer.TransferProcess;
import uk.safeguardcases.domain.transfer.TransferRepository;
import uk.safeguardcases.domain.transfer.TransferStatus;

/**
 * What changes later follows a case the board sent (issue 67): when its own timeline records that the case was
 * reopened, that a finding was recorded or agreed, or that its record was removed under retention, each board that
 * holds a copy (the transfer sent and not declined) is told by a process of its own, started in the same transaction,
 * so a change that did not commit is never told. Read from the board's own timeline, as the sending board: the core
 * names no transfer.
 */
@ApplicationScoped
public class TransferFollowUps {

    @Inject
    private Clock clock;

    @Inject
    private TransferRepository transfers;

    @Inject
    private CaseLookup cases;

    @Inject
    private Processes processes;

    void on(@Observes TimelineRecorded entry) {
        if (entry.caseId() == null || !SenderChange.mayBe(entry.action())) {
            return;
        }
        var held = transfers.sentOfCase(entry.caseId()).stream()
                .filter(t -> t.status() == TransferStatus.SENT || t.status() == TransferStatus.ACCEPTED)
                // A package went to another deployment: no path of the product reaches it.
                .filter(t -> !t.asPackage()).toList();
        if (held.isEmpty()) {
            return;
        }
        // A second senior manager's agreement names no finding in its action: the case holds the one agreed.
        AllegationFinding agreed = AuditAction.FINDING_AGREED.label().equals(entry.action())
                ? cases.byId(entry.caseId()).finding().found() : null;
        SenderChange.of(entry.action(), agreed).ifPresent(told -> {
            Instant at = Instant.now(clock);
            for (CaseTransfer transfer : held) {
                Map<String, Object> variables = new HashMap<>();
                variables.put(TransferProcess.TRANSFER_ID, transfer.id());
                variables.put(TransferProcess.TO_BOARD, transfer.toBoard());
                variables.put(TransferProcess.CASE_ID, transfer.caseId());
                variables.put(TransferProcess.CHANGE, told.change().name());
                variables.put(TransferProcess.FINDING, told.finding() == null ? "" : told.finding().name());
                variables.put(TransferProcess.CHANGED_AT, at.toString());
                processes.start(TransferProcess.FOLLOW_UP_KEY, transfer.caseReference(), variables);
            }
        });
    }
}
