package uk.safeguardcases.web.publicconcern;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguardcases.application.publicconcern.ConcernFromAnyone;
import uk.safeguardcases.application.publicconcern.PublicBoard;
import uk.safeguardcases.application.publicconcern.PublicPages;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/** What the two public pages share: the board of the address, its language, the caller's network address, files. */
public final class PublicPage {

    private PublicPage() {
    }

    /**
     * The board named by {@code ?board=}; the product's 404 page for none. Welsh only on a bilingual board: asked for
     * elsewhere, the page is sent back in English.
     */
    static Optional<PublicBoard> load(PublicPages pages, String boardId, Language language, String page) {
        Optional<PublicBoard> board = pages.board(boardId);
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

    /**
     * Whether the post is for the board the page shows: the door ({@link PublicConcernDoor}) weighed the post against
     * the limits of the board its address names, so a post naming another board than the page's is not taken (404).
     */
    static boolean sameBoard(PublicBoard shown, String board) {
        if (shown != null && shown.id().equals(board)) {
            return true;
        }
        Pages.notFound("A post for another board than its page's");
        return false;
    }

    private static final String SHOWN_ONCE = PublicPage.class.getName() + ".receiptCode";

    /** The receipt code, for this answer alone (the request): it is never put in the view's bean or the session. */
    static void showOnce(String code) {
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap().put(SHOWN_ONCE, code);
    }

    static String shownOnce() {
        return (String) FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(SHOWN_ONCE);
    }

    /** {@code ?again=} of a page started afresh ({@code ExpiredPageFilter}): why, or null for anything else. */
    static String again() {
        String again = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("again");
        return "expired".equals(again) || "unread".equals(again) ? again : null;
    }

    static String name(PublicBoard board, Language language) {
        return language.isWelsh() && board.nameCy() != null ? board.nameCy() : board.name();
    }

    static Locale locale(Language language) {
        return language.isWelsh() ? Language.WELSH : Language.ENGLISH;
    }

    /**
     * The caller's network address: the direct peer's, or, from a trusted balancer, the one it passed on (a plug-in's
     * public form counts its posts by it as this page does).
     */
    public static String address() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        return clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies());
    }

    /**
     * Behind the shipped balancer every request comes from the balancer's address; it sets {@code X-Forwarded-For}
     * (dropping any the client sent) to the client's. The header is believed only when the direct peer is one of the
     * trusted proxies ({@code -Dsafeguard.trusted.proxies} or {@code SAFEGUARD_TRUSTED_PROXIES}, addresses separated
     * by commas; none by default), and then its last address that is not itself a trusted proxy is the client's.
     */
    static String clientAddress(String peer, String forwardedFor, Set<String> trusted) {
        if (peer == null || forwardedFor == null || forwardedFor.isBlank() || !trusted.contains(peer.strip())) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return peer;
    }

    static Set<String> trustedProxies() {
        String listed = System.getProperty("safeguard.trusted.proxies", System.getenv("SAFEGUARD_TRUSTED_PROXIES"));
        if (listed == null || listed.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(listed.split(",")).map(String::strip).filter(a -> !a.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
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
