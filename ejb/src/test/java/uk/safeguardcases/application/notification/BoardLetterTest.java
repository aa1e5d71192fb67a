package uk.safeguardcases.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.Texts;

/** One e-mail in the board's languages, as every process writes its letters. */
class BoardLetterTest {

    private static final Function<Locale, String> SUBJECT = language -> Texts.isWelsh(language)
            ? "Ffurflen “Datganiad” – ŵ ŷ" : "The “Declaration” form – £5 🙂";
    private static final Function<Locale, String> TEXT = language -> Texts.isWelsh(language)
            ? "Annwyl Siân,\n\nLlenwch hi." : "Dear Siân,\n\nPlease complete it.";

    @Test
    void anEnglishBoardWritesOneLetterAsItIs() {
        BoardLetter letter = BoardLetter.of(List.of(Texts.ENGLISH), SUBJECT, TEXT, true);
        assertThat(letter.subject()).isEqualTo("The “Declaration” form – £5 🙂");
        assertThat(letter.body()).isEqualTo("Dear Siân,\n\nPlease complete it.");
    }

    @Test
    void aBilingualBoardWritesTheWelshFirstThenTheEnglishWithBothSubjects() {
        BoardLetter letter = BoardLetter.of(List.of(Texts.WELSH, Texts.ENGLISH), SUBJECT, TEXT, true);
        assertThat(letter.subject()).isEqualTo("Ffurflen “Datganiad” – ŵ ŷ / The “Declaration” form – £5 🙂");
        assertThat(letter.body()).startsWith(Texts.in(Texts.WELSH, "mail.bilingual") + "\n"
                + Texts.in(Texts.ENGLISH, "mail.bilingual") + "\n\nAnnwyl Siân,")
                .contains("Llenwch hi.\n\n" + "–".repeat(40) + "\n\nDear Siân,")
                .endsWith("Please complete it.");
        assertThat(letter.body().indexOf("Llenwch")).isLessThan(letter.body().indexOf("Please complete"));
    }

    @Test
    void theLineSayingTheEnglishIsBelowIsLeftOutWhenNotAskedFor() {
        BoardLetter letter = BoardLetter.of(List.of(Texts.WELSH, Texts.ENGLISH), SUBJECT, TEXT, false);
        assertThat(letter.body()).startsWith("Annwyl Siân,")
                .doesNotContain(Texts.in(Texts.ENGLISH, "mail.bilingual"));
    }

    @Test
    void aNameGivenNoWelshIsSaidToBeInEnglishOnlyInTheWelshLetter() {
        assertThat(BoardLetter.named(Texts.WELSH, "Cwm Taf Board", "Bwrdd Cwm Taf")).isEqualTo("Bwrdd Cwm Taf");
        assertThat(BoardLetter.named(Texts.WELSH, "Cwm Taf Board", " ")).startsWith("Cwm Taf Board (")
                .isEqualTo("Cwm Taf Board (" + Texts.in(Texts.WELSH, "clause.englishOnly") + ")");
        assertThat(BoardLetter.named(Texts.ENGLISH, "Cwm Taf Board", null)).isEqualTo("Cwm Taf Board");
    }
}
