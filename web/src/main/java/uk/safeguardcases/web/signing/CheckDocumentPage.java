package uk.safeguardcases.web.signing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.signing.DocumentCheck;
import uk.safeguardcases.application.signing.DocumentCheck.CheckingBoard;
import uk.safeguardcases.application.signing.DocumentCheck.Issued;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * A board's public page where anyone checks a document they were given ({@code /check/document.xhtml?board=<board>}),
 * no sign-in, phone first: "issued here, unchanged" with the kind of document and its day, or "not issued here" for
 * anything else (another board's document, a changed byte). The file is hashed and dropped, never kept.
 */
@Named
@ViewScoped
public class CheckDocumentPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/check/document.xhtml";
    /** The largest file the page reads: the product's uploads' limit; no document a board issues is larger. */
    static final int MOST_BYTES = 20 * 1024 * 1024;

    @Inject
    private DocumentCheck check;

    @Inject
    private Language language;

    private String board;
    private CheckingBoard shown;
    private transient Part file;
    private Issued issued;
    private boolean checked;

    public void load() {
        if (shown != null) {
            return;
        }
        shown = check.board(board).orElse(null);
        if (shown == null) {
            Pages.notFound("No board " + (board == null ? "" : board.replaceAll("[^a-z0-9-]", "?")));
            return;
        }
        if (language.isWelsh() && !shown.welsh()) {
            Pages.redirect(PAGE + "?board=" + shown.id() + "&lang=en");
        }
    }

    public void check() {
        if (shown == null || !shown.id().equals(board)) {
            Pages.notFound("A post for another board than its page's");
            return;
        }
        checked = false;
        issued = null;
        if (file == null || file.getSize() == 0) {
            Pages.fieldErrors("check", java.util.Map.of("file", text("check.none")));
            return;
        }
        if (file.getSize() > MOST_BYTES) {
            Pages.fieldErrors("check", java.util.Map.of("file", text("check.tooBig")));
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(MOST_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<Issued> found = content.length > MOST_BYTES ? Optional.empty() : check.check(shown.id(), content);
        issued = found.orElse(null);
        checked = true;
    }

    public boolean isIssuedHere() {
        return checked && issued != null;
    }

    public boolean isNotIssuedHere() {
        return checked && issued == null;
    }

    public String getKind() {
        return issued == null ? "" : kindWords(issued.kind());
    }

    public String getIssuedOn() {
        return issued == null ? "" : PlainFormat.when(locale(), issued.issuedAt());
    }

    public String getTime() {
        return issued == null ? "" : text(issued.trustedTime() ? "check.issued.time.trusted"
                : "check.issued.time.none");
    }

    public String getNotIssued() {
        return text("check.notIssued.detail", getBoardName());
    }

    public String getIntro() {
        return text("check.intro", getBoardName());
    }

    public String getBoardName() {
        if (shown == null) {
            return "";
        }
        return language.isWelsh() && shown.nameCy() != null ? shown.nameCy() : shown.name();
    }

    /** The words for a kind; a kind with none (a process's newer) shows as the producer names it. */
    private String kindWords(String kind) {
        try {
            return text("kind." + kind);
        } catch (java.util.MissingResourceException e) {
            return kind;
        }
    }

    private Locale locale() {
        return language.isWelsh() ? Language.WELSH : Language.ENGLISH;
    }

    private String text(String key, Object... arguments) {
        return Texts.in(SigningPages.BUNDLE, locale(), key, arguments);
    }

    public String getBoard() {
        return board;
    }

    public void setBoard(String board) {
        this.board = board;
    }

    /** {@code cy} on a Welsh page, so that its form posts to an address that says so. */
    public String getLang() {
        return language.isWelsh() ? Language.WELSH_TAG : null;
    }

    public void setLang(String lang) {
        // The language is the request's (LanguageFilter keeps it); the parameter is only carried in the address.
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
