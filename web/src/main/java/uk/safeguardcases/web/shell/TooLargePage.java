package uk.safeguardcases.web.shell;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The plain page a public form's post is answered with when it is larger than the server takes (413: the security
 * filters forward here): nothing of the post is read, so no Faces view is drawn; it says so in English and Welsh, in
 * the words of the process's own bundle. A process's page is a servlet that names its bundle and keys.
 */
public abstract class TooLargePage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final String bundle;
    private final String titleKey;
    private final String textKey;

    protected TooLargePage(String bundle, String titleKey, String textKey) {
        this.bundle = bundle;
        this.titleKey = titleKey;
        this.textKey = textKey;
    }

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
                .append(words(Language.ENGLISH, titleKey)).append("</title></head><body>");
        for (Locale language : new Locale[] {Language.ENGLISH, Language.WELSH}) {
            html.append("<section lang=\"").append(Language.WELSH.equals(language) ? "cy" : "en").append("\"><h1>")
                    .append(words(language, titleKey)).append("</h1><p>")
                    .append(words(language, textKey)).append("</p></section>");
        }
        response.getWriter().write(html.append("</body></html>").toString());
    }

    private String words(Locale language, String key) {
        return ResourceBundle.getBundle(bundle, language, getClass().getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key)
                .replace("&", "&amp;").replace("<", "&lt;");
    }
}
