package uk.safeguardcases.web.transfer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.safeguardcases.application.transfer.CaseTransfers;
import uk.safeguardcases.application.transfer.ReceivedCase;
import uk.safeguardcases.application.transfer.ReceivedTransfers;
import uk.safeguardcases.application.transfer.SentTransfer;
import uk.safeguardcases.domain.transfer.ReceivedStatus;

/** The senior managers' page of transfers: received (those to decide first) and sent, each read once per request. */
@Named
@RequestScoped
public class TransfersView {

    @Inject
    private CaseTransfers transfers;

    @Inject
    private ReceivedTransfers received;

    private List<ReceivedCase> receivedList;
    private List<SentTransfer> sentList;

    public List<ReceivedCase> getToDecide() {
        return getReceived().stream().filter(r -> r.received().status() == ReceivedStatus.AWAITING_DECISION).toList();
    }

    public List<ReceivedCase> getReceived() {
        if (receivedList == null) {
            receivedList = received.receivedList();
        }
        return receivedList;
    }

    public List<SentTransfer> getToCheck() {
        return getSent().stream().filter(SentTransfer::mayCheck).toList();
    }

    public List<SentTransfer> getSent() {
        if (sentList == null) {
            sentList = transfers.sentList();
        }
        return sentList;
    }
}
