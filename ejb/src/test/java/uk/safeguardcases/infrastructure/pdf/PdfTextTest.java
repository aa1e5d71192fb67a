package uk.safeguardcases.infrastructure.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import java.time.Instant;
import java.util.List;
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

    @Test
    void eachRunOfTextIsInTheFirstFontThatHasItsGlyphsAndNothingTypedIsLost() {
        Font text = new Font(PdfSheets.Fonts.font(PdfSheets.Fonts.REGULAR), 10);
        Font emoji = new Font(PdfSheets.Fonts.font(PdfSheets.Fonts.EMOJI), 10);
        Phrase phrase = PdfSheets.inFonts("Siân – “iawn” £5 🙂👍\nDŵr", text, emoji);
        List<Chunk> chunks = phrase.getChunks().stream().map(Chunk.class::cast).toList();
        assertThat(chunks).extracting(Chunk::getContent).as("a line break goes with the run it ends")
                .containsExactly("Siân – “iawn” £5 ", "🙂👍\n", "Dŵr");
        assertThat(chunks).extracting(Chunk::getFont).containsExactly(text, emoji, text);
        assertThat(PdfSheets.inFonts("", text, emoji).getChunks()).isEmpty();
        assertThat(PdfSheets.inFonts("\uFFFF", text).getChunks()).as("no font has it").isEmpty();
    }

    @Test
    void aLongDocumentOfTypedTextPrintsInAFewHundredMillisecondsNotSeconds() {
        // 3,000 lines of typed text: with a FontSelector a line (each parsed a 400 kB font file) this took seconds.
        PdfSheets.write("Timeline", "CHSCB-2026-0001", Instant.now(), sheets -> sheets.paragraph("Warm-up 🙂"));
        // The thread's own CPU time, not the clock's: a machine busy with other work does not make it fail.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        byte[] pdf = PdfSheets.write("Timeline", "CHSCB-2026-0001", Instant.now(), sheets -> {
            for (int i = 0; i < 3000; i++) {
                sheets.paragraph("Entry " + i + ": Siân – “iawn” £5 🙂");
            }
        });
        double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        assertThat(pdf.length).isPositive();
        assertThat(seconds).as("CPU seconds to print 3,000 lines").isLessThan(3.0);
    }
}
