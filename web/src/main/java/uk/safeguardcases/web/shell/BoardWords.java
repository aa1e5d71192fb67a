package uk.safeguardcases.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.safeguardcases.application.board.BoardService;

/**
 * The one way a page shows a board's own name (the board's, an organisation's, a policy's title), alone or inside a
 * sentence: {@code <h:outputText value="#{boardWords.html(x)}" escape="false"/>}, or
 * {@code #{boardWords.html(msg['key'], x)}} for a sentence of the bundle with the name in it ("Gweithdrefn Ddisgyblu
 * {0}"). On a Welsh page each name the board has given no Welsh for is marked {@code <span lang="en">} and followed
 * by "(Saesneg yn unig)", so a screen reader reads it in English and a reader knows why it is not in Welsh; the board's
 * Welsh names are shown by the services already. Everything is escaped here: the text and every argument.
 * (Texts whose language the service knows, such as a clause's words or the privacy notice, carry their own {@code
 * lang} and use {@code /WEB-INF/includes/english-only.xhtml}.)
 */
@Named
@RequestScoped
public class BoardWords {

    @Inject
    private BoardService boards;

    @Inject
    private Shell shell;

    @Inject
    private Language language;

    private Pattern englishOnly;

    /** {@code text} escaped, each English-only name in it marked. */
    public String html(String text) {
        return mark(escape(text));
    }

    /** A sentence of the page's bundle with its arguments filled in, escaped, each English-only name in it marked. */
    public String html(String pattern, Object first) {
        return html(format(pattern, first));
    }

    public String html(String pattern, Object first, Object second) {
        return html(format(pattern, first, second));
    }

    public String html(String pattern, Object first, Object second, Object third) {
        return html(format(pattern, first, second, third));
    }

    private String format(String pattern, Object... arguments) {
        return pattern == null ? "" : new MessageFormat(pattern, language.getLocale()).format(arguments);
    }

    private String mark(String escaped) {
        return mark(escaped, englishOnly(), escape(Language.text("shell", "englishOnly.short")));
    }

    /**
     * {@code escaped} with each match of {@code names} (escaped names, longest first) in a {@code lang="en"} span,
     * followed by {@code marker} in brackets.
     */
    static String mark(String escaped, Pattern names, String marker) {
        if (escaped.isEmpty()) {
            return escaped;
        }
        Matcher matcher = names.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement("<span lang=\"en\">" + matcher.group()
                    + "</span> <span class=\"english-only-inline\">(" + marker + ")</span>"));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The board's English-only names, escaped as the page writes them, longest first so none is marked twice. */
    private Pattern englishOnly() {
        if (englishOnly == null) {
            englishOnly = names(language.isWelsh() && shell.isSignedIn() ? boards.englishOnlyNames() : Set.of());
        }
        return englishOnly;
    }

    /** A pattern that finds any of {@code names} as written on a page, whole words only, the longest first. */
    static Pattern names(Set<String> names) {
        List<String> escaped = names.stream().map(BoardWords::escape).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        return escaped.isEmpty() ? Pattern.compile("(?!)")
                : Pattern.compile("(?<![\\p{L}\\p{N}])(" + escaped.stream().map(Pattern::quote)
                        .collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
