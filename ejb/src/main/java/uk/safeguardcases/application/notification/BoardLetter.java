package uk.safeguardcases.application.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.domain.board.Board;

/**
 * One e-mail in the board's languages: English, or, for a bilingual board (Cwm Taf), Welsh first and then English in
 * the same message, with both subjects, since nobody's choice of language is known to the board (the Welsh Language
 * Standards: Welsh not treated less favourably than English). Every process writes its letters through this, so each
 * reads alike.
 */
public record BoardLetter(String subject, String body) {

    /** Between the Welsh letter and the English. */
    private static final String BETWEEN = "\n\n" + "–".repeat(40) + "\n\n";

    /**
     * The letter {@code subject} and {@code text} write in each of the board's languages; a bilingual one opens with a
     * line in each language saying the English is below the Welsh when {@code sayBilingual}.
     */
    public static BoardLetter of(Board board, Function<Locale, String> subject, Function<Locale, String> text,
            boolean sayBilingual) {
        return of(languages(board), subject, text, sayBilingual);
    }

    /** The letter in {@code languages}, in that order. */
    static BoardLetter of(List<Locale> languages, Function<Locale, String> subject, Function<Locale, String> text,
            boolean sayBilingual) {
        List<String> subjects = new ArrayList<>();
        List<String> letters = new ArrayList<>();
        for (Locale language : languages) {
            subjects.add(subject.apply(language));
            letters.add(text.apply(language));
        }
        String body = String.join(BETWEEN, letters);
        if (sayBilingual && languages.size() > 1) {
            body = languages.stream().map(language -> Texts.in(language, "mail.bilingual"))
                    .collect(Collectors.joining("\n")) + "\n\n" + body;
        }
        return new BoardLetter(String.join(" / ", subjects), body);
    }

    /** The board's languages, Welsh first for a bilingual board. */
    public static List<Locale> languages(Board board) {
        return board.welshInterface() ? List.of(Texts.WELSH, Texts.ENGLISH) : List.of(Texts.ENGLISH);
    }

    /**
     * One of the board's names in the letter's language; in the Welsh letter, a name the board gave no Welsh for is
     * said to be in English only, as the pages say it (issue 38).
     */
    public static String named(Locale language, String english, String welsh) {
        String name = Texts.wording(language, english, welsh);
        return Texts.isWelsh(language) && (welsh == null || welsh.isBlank())
                ? name + " (" + Texts.in(language, "clause.englishOnly") + ")" : name;
    }
}
