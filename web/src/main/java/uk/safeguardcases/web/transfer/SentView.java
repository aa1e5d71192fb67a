package uk.safeguardcases.web.transfer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguardcases.application.transfer.CaseTransfers;
import uk.safeguardcases.application.transfer.SentTransfer;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/** A transfer the board sent: how it stands, and a second senior manager's check while it waits for one. */
@Named
@ViewScoped
public class SentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseTransfers transfers;

    private Long id;
    private transient SentTransfer transfer;
    private String note;

    public void load() {
        if (id == null) {
            Pages.notFound(Language.text(TransferPages.BUNDLE, "notFound", ""));
            return;
        }
        Pages.load(() -> transfer = transfers.sent(id));
    }

    public void agree() {
        check(true, "check.agreed");
    }

    public void refuse() {
        check(false, "check.refused");
    }

    private void check(boolean agree, String done) {
        Pages.step("transferCheck", Language.text(TransferPages.BUNDLE, done), "/transfer/sent.xhtml?id=" + id,
                () -> transfers.check(id, agree, note));
    }

    public SentTransfer getTransfer() {
        if (transfer == null && id != null) {
            transfer = transfers.sent(id);
        }
        return transfer;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
