package uk.safeguardcases.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Keeps the language asked for with {@code ?lang=cy} or {@code ?lang=en} in the session (see {@link Language}). */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String asked = request.getParameter("lang");
        if (Language.WELSH_TAG.equals(asked) || Language.ENGLISH_TAG.equals(asked)) {
            request.getSession().setAttribute(Language.SESSION_LANGUAGE, asked);
        }
        chain.doFilter(request, response);
    }
}
