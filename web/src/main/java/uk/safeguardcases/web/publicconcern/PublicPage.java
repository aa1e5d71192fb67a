package uk.safeguardcases.web.publicconcern;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.safeguardcases.application.publicconcern.ConcernFromAnyone;
import uk.safeguardcases.application.publicconcern.PublicBoard;
import uk.safeguardcases.application.publicconcern.PublicConcerns;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/** What the two public pages share: the board of the address, its language, the caller's network address, files. */
final class PublicPage {

    private PublicPage() {
    }

    /**
     * The board named by {@code ?board=}; the product's 404 page for none. Welsh only on a bilingual board: asked for
     * elsewhere, the page is sent back in English.
     */
    static Optional<PublicBoard> load(PublicConcerns reports, String boardId, Language language, String page) {
        Optional<PublicBoard> board = reports.board(boardId);
        if (board.isEmpty()) {
            Pages.notFound("No board " + (boardId == null ? "" : boardId.replaceAll("[^a-z0-9-]", "?")));
            return Optional.empty();
        }
        if (language.isWelsh() && !board.get().welsh()) {
            Pages.redirect(page + "?board=" + board.get().id() + "&lang=en");
            return Optional.empty();
        }
        return board;
    }

    static String name(PublicBoard board, Language language) {
        return language.isWelsh() && board.nameCy() != null ? board.nameCy() : board.name();
    }

    static Locale locale(Language language) {
        return language.isWelsh() ? Language.WELSH : Language.ENGLISH;
    }

    static String address() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    static List<ConcernFromAnyone.ReportFile> files(List<Part> parts) {
        List<ConcernFromAnyone.ReportFile> files = new ArrayList<>();
        if (parts == null) {
            return files;
        }
        for (Part part : parts) {
            if (part == null || part.getSize() == 0) {
                continue;
            }
            // Read up to a byte more than allowed, so an oversized file is refused by the rule, not read whole.
            try (InputStream in = part.getInputStream()) {
                byte[] content = in.readNBytes(uk.safeguardcases.domain.evidence.FileType.MAX_BYTES + 1);
                String name = part.getSubmittedFileName();
                files.add(new ConcernFromAnyone.ReportFile(name == null ? "upload" : name, part.getContentType(),
                        content));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
