package uk.safeguardcases.web.transfer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguardcases.application.transfer.CaseTransfers;
import uk.safeguardcases.application.transfer.SentTransfer;
import uk.safeguardcases.application.transfer.TransferPackages;
import uk.safeguardcases.domain.transfer.TransferRepository;
import uk.safeguardcases.web.officer.CheckStep;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * A transfer the board sent: how it stands, and a second senior manager's check while it waits for one. Agreeing sends
 * the case outside the board, so the decision is checked first (the GOV.UK check step), as is a refusal.
 */
@Named
@ViewScoped
public class SentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseTransfers transfers;

    @Inject
    private TransferPackages packages;

    private Long id;
    private transient SentTransfer transfer;
    private transient TransferRepository.PackageAbout packageFile;
    private boolean packageRead;
    private String note;
    private boolean agreeing;
    private CheckStep check;

    public void load() {
        if (id == null) {
            Pages.notFound(Language.text(TransferPages.BUNDLE, "notFound", ""));
            return;
        }
        Pages.load(() -> transfer = transfers.sent(id));
    }

    public void agree() {
        checkFirst(true);
    }

    public void refuse() {
        if (note == null || note.isBlank()) {
            Pages.fieldErrors("transferCheck", java.util.Map.of("note", text("check.note.missing")));
            return;
        }
        checkFirst(false);
    }

    private void checkFirst(boolean agree) {
        agreeing = agree;
        String to = getTransfer().toBoardName();
        check = new CheckStep(agree ? "agree" : "refuse", List.of(
                new CheckStep.Row(text("check.decision"), text(agree ? "check.agree" : "check.refuse")),
                new CheckStep.Row(text("check.note"), note == null ? "" : note)),
                text(agree ? "check.agree.consequence" : "check.refuse.consequence", to));
    }

    /** Confirmed on the check step: the decision is taken. */
    public void confirm() {
        Pages.Step step = Pages.step("transferCheck", text(agreeing ? "check.agreed" : "check.refused"),
                "/transfer/sent.xhtml?id=" + id, () -> transfers.check(id, agreeing, note));
        if (step != Pages.Step.DONE) {
            check = null;
        }
    }

    public void change() {
        check = null;
    }

    /** The signed package it went as (to a board on another deployment), once made; else null. */
    public TransferRepository.PackageAbout getPackageFile() {
        if (!packageRead && id != null) {
            packageFile = packages.about(id).orElse(null);
            // Read once a view; until made (the process's job), asked again on the next view.
            packageRead = packageFile != null;
        }
        return packageFile;
    }

    public boolean isChecking() {
        return check != null;
    }

    public CheckStep getCheck() {
        return check;
    }

    private static String text(String key, Object... arguments) {
        return Language.text(TransferPages.BUNDLE, key, arguments);
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
