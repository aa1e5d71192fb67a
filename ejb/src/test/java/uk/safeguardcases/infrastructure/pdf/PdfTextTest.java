package uk.safeguardcases.infrastructure.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import org.junit.jupiter.api.Test;

/** What a PDF line shows of typed text: every character, right-to-left runs in reading order, emoji in a font that has them. */
class PdfTextTest {

    @Test
    void theEmojiFontFromTheNpmRegistryIsATrueTypeFontWithTheEmojiPeopleType() {
        BaseFont emoji = PdfSheets.Fonts.font(PdfSheets.Fonts.EMOJI);
        for (int c : new int[] {0x1F642, 0x1F44D, 0x2764, 0x1F600}) {
            assertThat(emoji.charExists(c)).as(Integer.toHexString(c)).isTrue();
        }
        assertThat(PdfSheets.Fonts.font(PdfSheets.Fonts.REGULAR).charExists(0x1F642)).as("why it is needed").isFalse();
        assertThat(PdfSheets.Fonts.font(PdfSheets.Fonts.REGULAR).charExists('ŵ')).isTrue();
        assertThat(PdfSheets.Fonts.font(PdfSheets.Fonts.REGULAR).charExists('ש')).isTrue();
    }

    @Test
    void leftToRightTextIsLeftAsTyped() {
        assertThat(ReadingOrder.visual("Dŵr, tŷ – “dyfyniad” £5 🙂")).isEqualTo("Dŵr, tŷ – “dyfyniad” £5 🙂");
        assertThat(ReadingOrder.visual(null)).isEmpty();
    }

    @Test
    void aRightToLeftRunIsLaidOutInTheOrderItIsReadAndItsMarksLeftOut() {
        assertThat(ReadingOrder.visual("Dŵr £5 \u200Fשלום\u200F 🙂")).isEqualTo("Dŵr £5 םולש 🙂");
        assertThat(ReadingOrder.visual("עמית (כהן)")).as("the whole line right to left, brackets turned")
                .isEqualTo("(ןהכ) תימע");
        assertThat(ReadingOrder.visual("a\nשלום")).as("each line on its own").isEqualTo("a\nםולש");
    }
}
