package uk.safeguardcases.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How a Welsh page marks a board's name given only in English, inside any text, and escapes everything else. */
class BoardWordsTest {

    private static final String MARK = "Saesneg yn unig";

    @Test
    void eachEnglishOnlyNameIsMarkedEnglishAndSaidToBeSoWhereverItIsInTheText() {
        Pattern names = BoardWords.names(Set.of("South Wales Police", "Police", "Barnardo’s Cymru"));
        assertThat(BoardWords.mark(BoardWords.escape("Gweithdrefn Ddisgyblu South Wales Police."), names, MARK))
                .isEqualTo("Gweithdrefn Ddisgyblu <span lang=\"en\">South Wales Police</span>"
                        + " <span class=\"english-only-inline\">(Saesneg yn unig)</span>.");
        assertThat(BoardWords.mark("Policed by Police", names, MARK)).as("whole words; the longest name first")
                .isEqualTo("Policed by <span lang=\"en\">Police</span> <span class=\"english-only-inline\">"
                        + "(Saesneg yn unig)</span>");
        assertThat(BoardWords.mark(BoardWords.escape("Barnardo’s Cymru"), names, MARK)).contains("lang=\"en\"");
        assertThat(BoardWords.mark("Heddlu De Cymru", names, MARK)).isEqualTo("Heddlu De Cymru");
        assertThat(BoardWords.mark("", names, MARK)).isEmpty();
    }

    @Test
    void namesAndTextAreEscapedSoABoardsOwnWordsCannotBecomeMarkup() {
        Pattern names = BoardWords.names(Set.of("Tom & Jerry <Ltd>"));
        assertThat(BoardWords.mark(BoardWords.escape("At Tom & Jerry <Ltd> – “<script>”"), names, MARK))
                .isEqualTo("At <span lang=\"en\">Tom &amp; Jerry &lt;Ltd&gt;</span> <span class=\"english-only-inline\">"
                        + "(Saesneg yn unig)</span> – “&lt;script&gt;”");
        assertThat(BoardWords.mark(BoardWords.escape("a \"b\" 'c'"), BoardWords.names(Set.of()), MARK))
                .isEqualTo("a &quot;b&quot; &#39;c&#39;");
    }
}
