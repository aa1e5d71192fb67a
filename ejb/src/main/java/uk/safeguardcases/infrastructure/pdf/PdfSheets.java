package uk.safeguardcases.infrastructure.pdf;

import com.lowagie.text.Chunk;
import uk.safeguardcases.application.PlainFormat;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.HexFormat;
import java.util.function.Consumer;
import uk.safeguardcases.application.calendar.WorkingCalendar;

/**
 * The one way the product writes a PDF: A4, the protective marking at the top and bottom of every page, the
 * case reference and "Page n of m" in every footer, and the Liberation fonts embedded from the classpath (so
 * the document looks the same everywhere and Welsh ŵ and ŷ print). Each document gets its own writer and
 * fonts; only the fonts' bytes are shared, read once. A process lays out its own documents with it (and
 * {@link DocumentWords}) in its own package, as the child searches do in {@code infrastructure/search}.
 */
public final class PdfSheets {

    static final String MARKING = "OFFICIAL-SENSITIVE";

    private static final Color INK = new Color(0x1b, 0x1b, 0x1b);
    private static final Color RULE = new Color(0x6f, 0x72, 0x77);
    private static final Color SHADE = new Color(0xee, 0xef, 0xf1);
    private static final Color MARK = new Color(0x9b, 0x1c, 0x1c);

    private final Document document;
    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont mono;
    private final BaseFont emoji;
    final Font body;
    final Font strong;
    public final Font small;
    public final Font smallStrong;
    public final Font hash;
    final Font quote;

    /** The product's own words in this document's languages. */
    private DocumentWords words = DocumentWords.ENGLISH;
    /** False for a document written to be published (the annual report): no protective marking on its pages. */
    private boolean marked = true;

    /** The product's words in this document's languages (English unless written for a bilingual board). */
    public DocumentWords words() {
        return words;
    }

    /** How a person's login is named in this document: "Siân Rhys (Senior manager)"; the login itself by default. */
    private java.util.function.UnaryOperator<String> names = java.util.function.UnaryOperator.identity();

    /** Names people by {@code names} from here on (see {@link #named}). */
    void naming(java.util.function.UnaryOperator<String> names) {
        this.names = names == null ? java.util.function.UnaryOperator.identity() : names;
    }

    /** A person, by name and role, never by login; empty for none. */
    String named(String login) {
        if (login == null || login.isBlank()) {
            return "";
        }
        String name = names.apply(login);
        return name == null ? login : name;
    }

    private PdfSheets(Document document, BaseFont regular, BaseFont bold, BaseFont mono, BaseFont emoji) {
        this.document = document;
        this.regular = regular;
        this.bold = bold;
        this.mono = mono;
        this.emoji = emoji;
        body = new Font(regular, 10, Font.NORMAL, INK);
        strong = new Font(bold, 10, Font.NORMAL, INK);
        small = new Font(regular, 8, Font.NORMAL, INK);
        smallStrong = new Font(bold, 8, Font.NORMAL, INK);
        hash = new Font(mono, 7, Font.NORMAL, INK);
        quote = new Font(regular, 10, Font.NORMAL, INK);
    }

    /** Writes a document titled {@code title} about case {@code reference}; returns its bytes. */
    static byte[] write(String title, String reference, Instant createdAt, Consumer<PdfSheets> content) {
        return write(title, reference, null, createdAt, content);
    }

    /** As above, with {@code pageLabel} (if not null) at the top right of every page. */
    static byte[] write(String title, String reference, String pageLabel, Instant createdAt,
            Consumer<PdfSheets> content) {
        return write(DocumentWords.ENGLISH, title, reference, pageLabel, createdAt, content);
    }

    /** As above, its marking and page numbers in {@code words}' languages. */
    public static byte[] write(DocumentWords words, String title, String reference, String pageLabel,
            Instant createdAt, Consumer<PdfSheets> content) {
        return write(words, true, title, reference, pageLabel, createdAt, content);
    }

    /**
     * As above, for a document the board writes to publish as it is (the annual report: no names, no references,
     * small counts hidden): no protective marking on its pages, since a published document is not
     * OFFICIAL-SENSITIVE.
     */
    public static byte[] writeForPublication(DocumentWords words, String title, String reference, String pageLabel,
            Instant createdAt, Consumer<PdfSheets> content) {
        return write(words, false, title, reference, pageLabel, createdAt, content);
    }

    private static byte[] write(DocumentWords words, boolean marked, String title, String reference, String pageLabel,
            Instant createdAt, Consumer<PdfSheets> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, 50, 50, 64, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            BaseFont regular = Fonts.font(Fonts.REGULAR);
            BaseFont bold = Fonts.font(Fonts.BOLD);
            PdfSheets sheets = new PdfSheets(document, regular, bold, Fonts.font(Fonts.MONO), Fonts.font(Fonts.EMOJI));
            sheets.words = words;
            sheets.marked = marked;
            writer.setPageEvent(sheets.new Margins(reference, pageLabel));
            document.addTitle(title + " " + reference);
            document.addSubject(marked ? MARKING : title);
            document.addCreator("Safeguard Cases");
            document.addCreationDate(new com.lowagie.text.pdf.PdfDate(
                    java.util.GregorianCalendar.from(createdAt.atZone(WorkingCalendar.UK))));
            document.open();
            content.accept(sheets);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be written", e);
        }
        return out.toByteArray();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A SHA-256 in two halves of 32 digits, so it fits a column without being broken at a random digit. */
    public static String inTwoLines(String sha256) {
        return sha256 == null || sha256.length() != 64 ? nonNull(sha256)
                : sha256.substring(0, 32) + "\n" + sha256.substring(32);
    }

    public static String when(Instant instant) {
        return PlainFormat.when(Locale.ENGLISH, instant);
    }

    /** A date as the pages write it ("14 Mar 2053"). */
    public static String day(LocalDate date) {
        return date == null ? null : PlainFormat.day(Locale.ENGLISH, date);
    }

    public void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be written", e);
        }
    }

    void newPage() {
        document.newPage();
    }

    public void title(String text) {
        Paragraph p = new Paragraph(phrase(text, new Font(bold, 22, Font.NORMAL, INK)));
        p.setSpacingAfter(12);
        add(p);
    }

    /** The protective marking as a block on the cover. */
    public void markingBlock() {
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        PdfPCell cell = new PdfPCell(new Phrase(words.label("marking"), new Font(bold, 16, Font.NORMAL, MARK)));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setBorderColor(MARK);
        cell.setBorderWidth(2);
        cell.setPadding(8);
        box.addCell(cell);
        box.setSpacingAfter(16);
        add(box);
    }

    public void heading(String text) {
        Paragraph p = new Paragraph(phrase(text, new Font(bold, 14, Font.NORMAL, INK)));
        p.setSpacingBefore(14);
        p.setSpacingAfter(6);
        p.setKeepTogether(true);
        add(p);
    }

    public void subheading(String text) {
        Paragraph p = new Paragraph(phrase(text, new Font(bold, 11, Font.NORMAL, INK)));
        p.setSpacingBefore(8);
        p.setSpacingAfter(3);
        add(p);
    }

    public void paragraph(String text) {
        Paragraph p = new Paragraph(phrase(text, body));
        p.setSpacingAfter(4);
        add(p);
    }

    /** Each of the product's sentences in the document's languages (Welsh first), a paragraph each. */
    public void paragraphs(java.util.List<String> sentences) {
        sentences.forEach(this::paragraph);
    }

    /** Words quoted as written (a clause, a member's statement): in quotation marks, indented. */
    public void quoted(String text) {
        Paragraph p = new Paragraph(phrase("“" + nonNull(text) + "”", quote));
        p.setIndentationLeft(18);
        p.setSpacingAfter(4);
        add(p);
    }

    /** Label–value pairs, two columns; empty values are left out. */
    public Facts facts() {
        return new Facts();
    }

    /** A table with a shaded header row, repeated on each page it runs over. */
    public PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        for (String header : headers) {
            PdfPCell cell = cell(header, smallStrong);
            cell.setBackgroundColor(SHADE);
            table.addCell(cell);
        }
        return table;
    }

    public PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(phrase(text, font));
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(3);
        return cell;
    }

    static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /**
     * Text as typed, as the page shows it: in reading order ({@link ReadingOrder}), in {@code font}, and any
     * character the text font has no glyph for (an emoji) in the emoji font, so nothing typed is silently lost.
     */
    Phrase phrase(String text, Font font) {
        Phrase phrase = inFonts(ReadingOrder.visual(nonNull(text)), font,
                new Font(emoji, font.getSize(), Font.NORMAL, font.getColor()));
        phrase.setFont(font);
        phrase.setLeading(font.getCalculatedLeading(1.5f));
        return phrase;
    }

    /**
     * Each character in the first of {@code fonts} that has a glyph for it, runs of one font as one chunk; line breaks
     * go with the run they are in, and a character no font has is left out. What OpenPDF's {@code FontSelector} does,
     * without it: in OpenPDF 2.0.3 every new {@code FontSelector} reads and parses its own fallback font file again
     * (Liberation Sans, 400 kB), which made a referral pack of 300 timeline entries take seconds to print.
     */
    static Phrase inFonts(String text, Font... fonts) {
        Phrase phrase = new Phrase();
        StringBuilder run = new StringBuilder();
        int current = -1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint == '\n' || codePoint == '\r') {
                run.appendCodePoint(codePoint);
                continue;
            }
            for (int f = 0; f < fonts.length; f++) {
                if (fonts[f].getBaseFont().charExists(codePoint)) {
                    if (f != current && current != -1 && run.length() > 0) {
                        phrase.add(new Chunk(run.toString(), fonts[current]));
                        run.setLength(0);
                    }
                    current = f;
                    run.appendCodePoint(codePoint);
                    break;
                }
            }
        }
        if (current != -1 && run.length() > 0) {
            phrase.add(new Chunk(run.toString(), fonts[current]));
        }
        return phrase;
    }

    /** Label–value pairs for a header or a summary. */
    public final class Facts {
        private final PdfPTable table = new PdfPTable(new float[] {1.1f, 3f});

        private Facts() {
            table.setWidthPercentage(100);
            table.setSpacingAfter(8);
        }

        public Facts fact(String label, String value) {
            if (value != null && !value.isBlank()) {
                PdfPCell name = new PdfPCell(phrase(label, strong));
                PdfPCell text = new PdfPCell(phrase(value, body));
                for (PdfPCell cell : new PdfPCell[] {name, text}) {
                    cell.setBorder(Rectangle.BOTTOM);
                    cell.setBorderColor(SHADE);
                    cell.setPadding(4);
                }
                table.addCell(name);
                table.addCell(text);
            }
            return this;
        }

        public void done() {
            if (table.size() > 0) {
                add(table);
            }
        }
    }

    /** The marking and reference at the top, and the marking, reference and page numbers at the bottom. */
    private final class Margins extends PdfPageEventHelper {
        private final String reference;
        private final String label;
        private PdfTemplate pageCount;

        Margins(String reference, String label) {
            this.reference = reference;
            this.label = label;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            pageCount = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            float left = document.left();
            float right = document.right();
            float top = page.getTop() - 34;
            float bottom = 30;
            canvas.saveState();
            canvas.beginText();
            canvas.setColorFill(MARK);
            canvas.setFontAndSize(bold, 9);
            if (marked) {
                String marking = words.label("marking");
                canvas.showTextAligned(Element.ALIGN_CENTER, marking, (left + right) / 2, top, 0);
                canvas.showTextAligned(Element.ALIGN_CENTER, marking, (left + right) / 2, bottom, 0);
            }
            canvas.setColorFill(INK);
            canvas.setFontAndSize(regular, 8);
            canvas.showTextAligned(Element.ALIGN_LEFT, reference, left, top, 0);
            canvas.showTextAligned(Element.ALIGN_LEFT, reference, left, bottom, 0);
            if (label != null) {
                canvas.setColorFill(MARK);
                canvas.setFontAndSize(bold, 8);
                canvas.showTextAligned(Element.ALIGN_RIGHT, label, right, top, 0);
                canvas.setColorFill(INK);
                canvas.setFontAndSize(regular, 8);
            }
            String page1 = words.label("page") + " " + writer.getPageNumber() + " " + words.label("of") + " ";
            float width = regular.getWidthPoint(page1, 8);
            float countWidth = regular.getWidthPoint("999", 8);
            canvas.showTextAligned(Element.ALIGN_LEFT, page1, right - countWidth - width, bottom, 0);
            canvas.endText();
            canvas.addTemplate(pageCount, right - countWidth, bottom);
            canvas.setColorStroke(RULE);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(left, top - 6);
            canvas.lineTo(right, top - 6);
            canvas.moveTo(left, bottom + 10);
            canvas.lineTo(right, bottom + 10);
            canvas.stroke();
            canvas.restoreState();
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            pageCount.beginText();
            pageCount.setColorFill(INK);
            pageCount.setFontAndSize(regular, 8);
            pageCount.setTextMatrix(0, 0);
            pageCount.showText(String.valueOf(writer.getPageNumber() - 1));
            pageCount.endText();
        }
    }

    /** The TrueType files, read once from the openpdf-fonts-extra jar on the classpath, never from the system. */
    static final class Fonts {
        static final String REGULAR = "LiberationSans-Regular.ttf";
        static final String BOLD = "LiberationSans-Bold.ttf";
        static final String MONO = "LiberationMono-Regular.ttf";
        /** Noto Emoji (SIL Open Font License), from the npm registry as WOFF: for the characters Liberation lacks. */
        static final String EMOJI = "NotoEmoji-Regular.ttf";

        private static final java.util.Map<String, byte[]> FILES = java.util.Map.of(
                REGULAR, read("/liberation/" + REGULAR), BOLD, read("/liberation/" + BOLD),
                MONO, read("/liberation/" + MONO), EMOJI, Woff.toSfnt(read("/fonts/noto-emoji-emoji-400-normal.woff")));

        private Fonts() {
        }

        static BaseFont font(String name) {
            try {
                return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, FILES.get(name), null);
            } catch (DocumentException | IOException e) {
                throw new IllegalStateException("Font " + name + " could not be loaded", e);
            }
        }

        private static byte[] read(String name) {
            try (InputStream in = PdfSheets.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + name + " is not on the classpath");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A line of text with a label in bold, for short facts inside a section. */
    Paragraph labelled(String label, String value) {
        Paragraph p = new Paragraph("", body);
        p.add(new Chunk(label + ": ", strong));
        p.add(phrase(value, body));
        p.setSpacingAfter(2);
        return p;
    }
}
