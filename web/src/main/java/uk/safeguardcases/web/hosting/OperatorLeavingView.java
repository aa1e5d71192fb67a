package uk.safeguardcases.web.hosting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import uk.safeguardcases.application.hosting.OperatorCallers;
import uk.safeguardcases.application.leaving.BoardLeaving;
import uk.safeguardcases.application.leaving.ErasureCertificate;
import uk.safeguardcases.application.leaving.LeavingStatus;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;
import uk.safeguardcases.web.shell.Pages.Done;

/**
 * A board leaving, as the hosting operator handles it when a contract ends ({@code /operator/leaving.xhtml?board=}):
 * the whole record exported, the erasure asked for, withdrawn or confirmed (by a person other than the one who
 * asked, after the waiting period, never while a case is on legal hold), and the certificate once erased.
 */
@Named
@ViewScoped
public class OperatorLeavingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BoardLeaving leaving;

    private String board;
    private String reason;
    /** The board's reference prefix, typed to ask for its erasure and again to confirm it. */
    private String typed;
    private String typedToConfirm;
    private LeavingStatus status;
    private ErasureCertificate certificate;
    private boolean loaded;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        certificate = leaving.certificate(board).orElse(null);
        if (certificate == null) {
            try {
                status = leaving.statusFor(board, operator());
            } catch (NotFoundException e) {
                Pages.notFound(e.getMessage());
            }
        }
    }

    private static String operator() {
        return OperatorCallers.requireOperator();
    }

    private String self() {
        return "/operator/leaving.xhtml?board=" + board;
    }

    public String ask() {
        Pages.step("ask", () -> {
            leaving.askFor(board, operator(), typed, reason);
            return Done.then(self(), Language.text("hosting", "operator.leaving.asked", board));
        });
        return null;
    }

    public String withdraw() {
        Pages.step(null, () -> {
            leaving.withdrawFor(board, operator());
            return Done.then(self(), Language.text("hosting", "operator.leaving.withdrawn", board));
        });
        return null;
    }

    public String confirm() {
        Pages.step("decide", () -> {
            leaving.confirmFor(board, operator(), typedToConfirm);
            return Done.then(self(), Language.text("hosting", "operator.leaving.erased", board));
        });
        return null;
    }

    public Optional<ErasureCertificate> getCertificateFound() {
        return Optional.ofNullable(certificate);
    }

    public ErasureCertificate getCertificate() {
        return certificate;
    }

    public LeavingStatus getStatus() {
        return status;
    }

    public String getBoard() {
        return board;
    }

    public void setBoard(String board) {
        this.board = board;
    }

    public String getTyped() {
        return typed;
    }

    public void setTyped(String typed) {
        this.typed = typed;
    }

    public String getTypedToConfirm() {
        return typedToConfirm;
    }

    public void setTypedToConfirm(String typedToConfirm) {
        this.typedToConfirm = typedToConfirm;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
