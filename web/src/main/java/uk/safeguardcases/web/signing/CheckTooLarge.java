package uk.safeguardcases.web.signing;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import uk.safeguardcases.web.shell.Language;

/**
 * The plain page a document to check is answered with when it is larger than the server takes (413: the security
 * filters forward here): nothing of the post is read; it says so in English and Welsh.
 */
@WebServlet(CheckTooLarge.PATH)
public class CheckTooLarge extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/check/too-large";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean forwarded = request.getAttribute(RequestDispatcher.FORWARD_SERVLET_PATH) != null;
        response.resetBuffer();
        response.setStatus(forwarded ? 413 : 200);
        response.setHeader("Connection", "close");
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        response.setContentType("text/html");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(words(Language.ENGLISH, "check.tooLarge.title")).append("</title></head><body>");
        for (Locale language : new Locale[] {Language.ENGLISH, Language.WELSH}) {
            html.append("<section lang=\"").append(Language.WELSH.equals(language) ? "cy" : "en").append("\"><h1>")
                    .append(words(language, "check.tooLarge.title")).append("</h1><p>")
                    .append(words(language, "check.tooLarge")).append("</p></section>");
        }
        response.getWriter().write(html.append("</body></html>").toString());
    }

    private static String words(Locale language, String key) {
        return ResourceBundle.getBundle(SigningPages.BUNDLE, language, CheckTooLarge.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key)
                .replace("&", "&amp;").replace("<", "&lt;");
    }
}
