package uk.safeguardcases.web.transfer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.board.OrganisationView;
import uk.safeguardcases.application.transfer.ReceivedCase;
import uk.safeguardcases.application.transfer.ReceivedTransfers;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * A case another board sent: what came, read-only, and a senior manager's decision: accept it (a case of the board's
 * own, at one of its parent organisations) or decline it saying why, checked on the page first since it erases what
 * came.
 */
@Named
@ViewScoped
public class ReceivedView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReceivedTransfers received;

    @Inject
    private BoardService boards;

    private Long id;
    private transient ReceivedCase shown;
    private transient List<OrganisationView> organisations;
    private Long organisationId;
    private String reason;
    private boolean checkingDecline;

    public void load() {
        if (id == null) {
            Pages.notFound(Language.text(TransferPages.BUNDLE, "notFound", ""));
            return;
        }
        Pages.load(() -> shown = received.received(id));
    }

    public void accept() {
        Pages.step("transferAccept", () -> {
            String own = received.accept(id, organisationId);
            return Pages.Done.then("/officer/case.xhtml?ref=" + own,
                    Language.text(TransferPages.BUNDLE, "accept.done", own));
        });
    }

    /** Declining erases what came: the reason is checked, then the check step says so before it is done. */
    public void proceedToDecline() {
        if (reason == null || reason.isBlank()) {
            Pages.fieldErrors("transferDecline", java.util.Map.of("reason",
                    Language.text(TransferPages.BUNDLE, packaged("decline.reason.missing"))));
            return;
        }
        checkingDecline = true;
    }

    public void decline() {
        Pages.step("transferDecline", Language.text(TransferPages.BUNDLE, packaged("decline.done")),
                "/transfer/received.xhtml?id=" + id, () -> received.decline(id, reason));
        checkingDecline = false;
    }

    public void change() {
        checkingDecline = false;
    }

    /**
     * The words' key for what came: for a package imported from another deployment, its own (nothing of this
     * product tells that board, nor follows its case).
     */
    public String packaged(String key) {
        return shown != null && shown.received().imported() ? key + ".package" : key;
    }

    public ReceivedCase getShown() {
        if (shown == null && id != null) {
            shown = received.received(id);
        }
        return shown;
    }

    public List<OrganisationView> getOrganisations() {
        if (organisations == null) {
            organisations = boards.organisations();
        }
        return organisations;
    }

    public boolean isCheckingDecline() {
        return checkingDecline;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
