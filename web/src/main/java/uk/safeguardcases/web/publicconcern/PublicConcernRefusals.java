package uk.safeguardcases.web.publicconcern;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import uk.safeguardcases.application.publicconcern.PublicBoard;
import uk.safeguardcases.application.publicconcern.PublicPages;
import uk.safeguardcases.web.shell.Language;

/**
 * The plain pages a public page's post is answered with when it is refused before it is read: over a limit
 * ({@link PublicConcernDoor}), or larger than the server takes (413: {@code SecurityHeadersFilter} forwards here,
 * {@value #TOO_LARGE}). Plain HTML with no Faces view, since nothing of the post may be read to render one; in English,
 * and in Welsh too on a bilingual board (Welsh first for a person reading Welsh). Each says that nothing was sent, what
 * to do, and that what was typed is kept: in the form (the browser's draft of it) when they go back.
 */
@WebServlet(PublicConcernRefusals.TOO_LARGE)
public class PublicConcernRefusals extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String TOO_LARGE = "/concern/too-large";

    @Inject
    private PublicPages pages;

    /** Only ever reached by a forward from a public page's post (or a curious visitor, who reads the same words). */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String page = (String) request.getAttribute(RequestDispatcher.FORWARD_SERVLET_PATH);
        String query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        PublicPages.Door door = PublicConcernDoor.door(page);
        String board = PublicConcernDoor.queryValue(query, "board");
        PublicBoard shown = board == null ? null : pages.board(board).orElse(null);
        write(request, response, shown, door == null ? PublicPages.Door.RAISE : door, page == null ? 200 : 413,
                "door.tooLarge", 0);
    }

    static void write(HttpServletRequest request, HttpServletResponse response, PublicBoard board,
            PublicPages.Door door, int status, String key, long minutes) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setHeader("Connection", "close"); // the body is not read
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        response.setContentType("text/html");
        List<Locale> languages = new ArrayList<>(List.of(Language.ENGLISH));
        if (board != null && board.welsh()) {
            Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
            String asked = PublicConcernDoor.queryValue(forwarded != null ? (String) forwarded
                    : request.getQueryString(), "lang");
            HttpSession session = request.getSession(false);
            boolean welshFirst = Language.WELSH_TAG.equals(asked) || asked == null && session != null
                    && Language.WELSH_TAG.equals(session.getAttribute(Language.SESSION_LANGUAGE));
            languages.add(welshFirst ? 0 : 1, Language.WELSH);
        }
        String form = request.getContextPath() + (door == PublicPages.Door.FOLLOW_UP ? FollowUpPage.PAGE
                : RaiseConcernPage.PAGE);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(tag(languages.get(0))).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(escape(words(languages.get(0), key + ".title", minutes))).append("</title></head><body>");
        for (Locale language : languages) {
            html.append("<section lang=\"").append(tag(language)).append("\"><h1>")
                    .append(escape(words(language, key + ".title", minutes))).append("</h1><p id=\"refusal-")
                    .append(tag(language)).append("\">").append(escape(words(language, key, minutes))).append("</p>");
            if (board != null) {
                html.append("<p><a href=\"").append(form).append("?board=").append(board.id()).append("&amp;lang=")
                        .append(tag(language)).append("\">").append(escape(words(language, "door.back", minutes)))
                        .append("</a></p>");
            }
            html.append("</section>");
        }
        response.getWriter().write(html.append("</body></html>").toString());
    }

    private static String tag(Locale language) {
        return Language.WELSH.equals(language) ? Language.WELSH_TAG : Language.ENGLISH_TAG;
    }

    static String words(Locale language, String key, long minutes) {
        String pattern = ResourceBundle.getBundle(PublicConcernPages.BUNDLE, language,
                PublicPages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        return pattern.contains("{0}") ? new MessageFormat(pattern, language).format(new Object[] {minutes}) : pattern;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
