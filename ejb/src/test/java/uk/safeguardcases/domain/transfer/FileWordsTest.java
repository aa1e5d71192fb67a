package uk.safeguardcases.domain.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A PDF that would go with a case is read for the names that must not go: found whatever their case and however the
 * lines broke; a PDF naming none of them may go; one that cannot be read counts as naming them.
 */
class FileWordsTest {

    @Test
    void aTermInThePdfIsFoundWhateverItsCaseAndItsLineBreaks() {
        byte[] pdf = pdf("Referral pack – “Tŷ Gwyn”", "Reported by Gwenllïan   Prys on 3 November, £5 🙂");

        assertThat(FileWords.pdfNames(pdf, List.of("gwenllïan prys"))).isTrue();
        assertThat(FileWords.pdfNames(pdf, List.of("Someone Else", "REFERRAL PACK"))).isTrue();
        assertThat(FileWords.pdfNames(pdf, List.of("Someone Else", "Aberdâr"))).isFalse();
        assertThat(FileWords.pdfNames(pdf, List.of())).isFalse();
        assertThat(FileWords.pdfNames(pdf, List.of("  "))).isFalse();
    }

    @Test
    void aPdfThatCannotBeReadCountsAsNamingThem() {
        assertThat(FileWords.pdfNames("not a PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                List.of("anyone"))).isTrue();
    }

    private static byte[] pdf(String... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        for (String line : lines) {
            document.add(new Paragraph(line));
        }
        document.close();
        return out.toByteArray();
    }
}
