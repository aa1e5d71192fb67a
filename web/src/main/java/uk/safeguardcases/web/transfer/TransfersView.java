package uk.safeguardcases.web.transfer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.safeguardcases.application.transfer.CaseTransfers;
import uk.safeguardcases.application.transfer.ReceivedCase;
import uk.safeguardcases.application.transfer.ReceivedTransfers;
import uk.safeguardcases.application.transfer.SentTransfer;

/** The senior managers' page of transfers: received and sent, each read once per request. */
@Named
@RequestScoped
public class TransfersView {

    @Inject
    private CaseTransfers transfers;

    @Inject
    private ReceivedTransfers received;

    private List<ReceivedCase> receivedList;
    private List<SentTransfer> sentList;

    public List<ReceivedCase> getReceived() {
        if (receivedList == null) {
            receivedList = received.receivedList();
        }
        return receivedList;
    }

    public List<SentTransfer> getSent() {
        if (sentList == null) {
            sentList = transfers.sentList();
        }
        return sentList;
    }
}
