package uk.safeguardcases.domain.transfer;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Whether a PDF that would go with a case (the referral pack as it was sent) names any of the terms that must not go
 * (the third parties' details the senior manager listed, the details of whoever raised the concern): a file is not
 * redacted, so one that names them does not go. A PDF that cannot be read counts as naming them.
 */
public final class FileWords {

    private FileWords() {
    }

    public static boolean pdfNames(byte[] pdf, Collection<String> terms) {
        if (terms.isEmpty()) {
            return false;
        }
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = comparable(new PDFTextStripper().getText(document));
        } catch (IOException | RuntimeException e) {
            return true;
        }
        for (String term : terms) {
            String wanted = comparable(term);
            if (!wanted.isBlank() && text.contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, composed, every run of white space one space: a term found however the PDF broke its lines. */
    private static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                .strip();
    }
}
