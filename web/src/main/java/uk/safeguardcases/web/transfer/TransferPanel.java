package uk.safeguardcases.web.transfer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.transfer.CaseTransfers;
import uk.safeguardcases.application.transfer.ReceivedCase;
import uk.safeguardcases.application.transfer.SendChoices;
import uk.safeguardcases.application.transfer.SendInput;
import uk.safeguardcases.application.transfer.SentTransfer;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.transfer.LegalBasis;
import uk.safeguardcases.domain.transfer.TransferRepository.BoardName;
import uk.safeguardcases.web.officer.CheckStep;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * The case page's panel of transfers between boards: what was sent of the case and how each stands, what came with
 * the case when the board accepted it from another board (read-only), and a senior manager's sending, checked on
 * the page before it goes (the GOV.UK check step).
 */
@Named
@ViewScoped
public class TransferPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseTransfers transfers;

    private String ref;
    private transient boolean read;
    private transient List<SentTransfer> sent;
    private transient ReceivedCase came;
    private transient SendChoices choices;
    private boolean prefilled;
    private String toBoard;
    private String toElsewhere;
    private boolean withFiles;
    private String legalBasis;
    private String reason;
    private boolean withAllegations;
    private List<String> evidence = new ArrayList<>();
    private String redactions;
    private String memberNotToldReason;
    private CheckStep check;

    /** What the panel shows of the case {@code reference}, read once per view. */
    public TransferPanel of(String reference) {
        if (!read || !reference.equals(ref)) {
            ref = reference;
            CaseTransfers.OnCasePage on = transfers.onCase(reference);
            sent = on.sent();
            came = on.came();
            choices = isSenior() ? transfers.choicesFor(reference) : null;
            if (choices != null && !prefilled) {
                redactions = choices.redactions();
                prefilled = true;
            }
            read = true;
        }
        return this;
    }

    /** Whether the panel has anything to show the reader: a transfer, what came, or (for a senior) the sending. */
    public boolean isShown() {
        // A senior manager may always send: to another board here, or as a package to one on another deployment.
        return !sent.isEmpty() || came != null || choices != null;
    }

    public boolean isSenior() {
        return CallerContext.current().has(Role.SENIOR);
    }

    /** The choices checked without sending anything; then the check step. */
    public void proceed() {
        Pages.Step step = Pages.step("transferSend", () -> {
            transfers.validate(ref, input());
            return new Pages.Done(null, null);
        });
        if (step == Pages.Step.DONE) {
            check = checkStep();
        }
    }

    /** Sends it (or puts it to the second senior manager, when the board's rule asks). */
    public void confirm() {
        boolean second = choices != null && choices.secondSenior();
        Pages.Step step = Pages.step("transferSend", text(second ? "send.doneToCheck" : "send.done"),
                "/officer/case.xhtml?ref=" + ref, () -> transfers.propose(ref, input()));
        if (step != Pages.Step.DONE) {
            check = null;
        }
    }

    public void change() {
        check = null;
    }

    public boolean isChecking() {
        return check != null;
    }

    public CheckStep getCheck() {
        return check;
    }

    private CheckStep checkStep() {
        List<CheckStep.Row> rows = new ArrayList<>();
        rows.add(new CheckStep.Row(text("send.toBoard"), boardName(toBoard)));
        rows.add(new CheckStep.Row(text("send.legalBasis"), text("LegalBasis." + legalBasis)));
        rows.add(new CheckStep.Row(text("send.reason"), reason));
        rows.add(new CheckStep.Row(text("send.what"), text(withAllegations ? "send.what.withAllegations"
                : "send.what.summary") + (evidence.isEmpty() ? "" : " " + text("send.what.evidence",
                        String.join(", ", evidence)))));
        if (choices != null && choices.filesOffered()) {
            rows.add(new CheckStep.Row(text("send.files"), text(withFiles ? "send.files.yes" : "send.files.no")));
        }
        rows.add(new CheckStep.Row(text("send.redactions"), redactions == null || redactions.isBlank()
                ? text("send.redactions.none") : redactions));
        rows.add(new CheckStep.Row(text("send.member"), memberRow()));
        boolean second = choices != null && choices.secondSenior();
        return new CheckStep("send", rows, text(second ? "check.send.toCheck" : "check.send", boardName(toBoard)));
    }

    /** What the member is told, as the check step says it. */
    private String memberRow() {
        if (choices == null || !choices.tellMember()) {
            return text("check.member.notTold");
        }
        if (memberNotToldReason != null && !memberNotToldReason.isBlank()) {
            return text("check.member.notToldBecause", memberNotToldReason.strip());
        }
        return text(choices.memberReachable() ? "check.member.told" : "check.member.noAccount");
    }

    private String boardName(String id) {
        if (SendInput.ANOTHER_DEPLOYMENT.equals(id)) {
            return text("send.toElsewhere.shown", toElsewhere == null ? "" : toElsewhere.strip());
        }
        if (choices == null || id == null) {
            return id;
        }
        return choices.boards().stream().filter(b -> b.id().equals(id)).findFirst().map(this::nameOf).orElse(id);
    }

    private SendInput input() {
        List<Integer> numbers = new ArrayList<>();
        for (String number : evidence) {
            try {
                numbers.add(Integer.valueOf(number.strip()));
            } catch (NumberFormatException e) {
                numbers.add(-1);
            }
        }
        return new SendInput(toBoard, legalBasis, reason, withAllegations, numbers, redactions,
                choices != null && choices.tellMember() ? memberNotToldReason : null,
                SendInput.ANOTHER_DEPLOYMENT.equals(toBoard) ? toElsewhere : null,
                withFiles && choices != null && choices.filesOffered());
    }

    private static String text(String key, Object... arguments) {
        return Language.text(TransferPages.BUNDLE, key, arguments);
    }

    /** A board's name in the reader's language. */
    public String nameOf(BoardName board) {
        boolean welsh = Language.WELSH.getLanguage().equals(Pages.locale().getLanguage());
        return welsh && board.nameCy() != null && !board.nameCy().isBlank() ? board.nameCy() : board.name();
    }

    public List<SentTransfer> getSent() {
        return sent;
    }

    public ReceivedCase getCame() {
        return came;
    }

    public SendChoices getChoices() {
        return choices;
    }

    public List<LegalBasis> getLegalBases() {
        return List.of(LegalBasis.values());
    }

    public String getMemberNotToldReason() {
        return memberNotToldReason;
    }

    public void setMemberNotToldReason(String memberNotToldReason) {
        this.memberNotToldReason = memberNotToldReason;
    }

    public String getToBoard() {
        return toBoard;
    }

    public void setToBoard(String toBoard) {
        this.toBoard = toBoard;
    }

    public boolean isWithFiles() {
        return withFiles;
    }

    public void setWithFiles(boolean withFiles) {
        this.withFiles = withFiles;
    }

    public String getToElsewhere() {
        return toElsewhere;
    }

    public void setToElsewhere(String toElsewhere) {
        this.toElsewhere = toElsewhere;
    }

    /** The form's value for a board on another deployment. */
    public String getAnotherDeployment() {
        return SendInput.ANOTHER_DEPLOYMENT;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isWithAllegations() {
        return withAllegations;
    }

    public void setWithAllegations(boolean withAllegations) {
        this.withAllegations = withAllegations;
    }

    public List<String> getEvidence() {
        return evidence;
    }

    public void setEvidence(List<String> evidence) {
        this.evidence = evidence == null ? new ArrayList<>() : new ArrayList<>(evidence);
    }

    public String getRedactions() {
        return redactions;
    }

    public void setRedactions(String redactions) {
        this.redactions = redactions;
    }
}
