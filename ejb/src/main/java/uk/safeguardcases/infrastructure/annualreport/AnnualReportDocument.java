package uk.safeguardcases.infrastructure.annualreport;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.annualreport.AnnualReport;
import uk.safeguardcases.application.annualreport.AnnualReportPdf;
import uk.safeguardcases.application.annualreport.AnnualWords;
import uk.safeguardcases.application.annualreport.ReportRow;
import uk.safeguardcases.application.annualreport.ReportSection;
import uk.safeguardcases.application.annualreport.ReportSpread;
import uk.safeguardcases.application.annualreport.ReportTable;
import uk.safeguardcases.infrastructure.pdf.DocumentWords;
import uk.safeguardcases.infrastructure.pdf.PdfSheets;

/**
 * The annual report as a PDF: the figures as published (already through the suppression rule), each table with the
 * period and the one before, and the board's own words per section. For a bilingual board every heading, label and
 * sentence of the product's is in Welsh and then English, as {@link DocumentWords} lays out every document; the
 * board's own words are printed in each language it wrote them in, Welsh first.
 */
@ApplicationScoped
public class AnnualReportDocument implements AnnualReportPdf {

    @Override
    public byte[] pdf(AnnualReport report) {
        boolean bilingual = report.bilingual();
        AnnualWords english = report.wordsIn(Texts.ENGLISH);
        AnnualWords welsh = report.wordsIn(Texts.WELSH);
        Function<Function<AnnualWords, String>, String> both = say -> {
            String en = say.apply(english);
            if (!bilingual) {
                return en;
            }
            String cy = say.apply(welsh);
            return cy.equals(en) ? en : cy + " / " + en;
        };
        String title = both.apply(w -> w.text("report.title")) + " " + report.period().label();
        return PdfSheets.writeForPublication(DocumentWords.forBoard(bilingual), title, report.period().label(), null,
                report.preparedAt(), pdf -> {
                    pdf.title(both.apply(w -> w.text("report.heading", report.period().label())));
                    pdf.facts()
                            .fact(both.apply(w -> w.text("report.board")), bilingual
                                    ? pdf.words().name(report.boardName(), report.boardNameCy()) : report.boardName())
                            .fact(both.apply(w -> w.text("report.period")), report.period().label())
                            .fact(both.apply(w -> w.text("report.previous")), report.previous().label())
                            .fact(both.apply(w -> w.text("report.prepared")), PdfSheets.when(report.preparedAt()))
                            .done();
                    sentences(pdf, bilingual, english, welsh, "report.notice");
                    for (ReportSection section : report.sections()) {
                        section(pdf, report, section, both, bilingual, english, welsh);
                    }
                });
    }

    private static void section(PdfSheets pdf, AnnualReport report, ReportSection section,
            Function<Function<AnnualWords, String>, String> both, boolean bilingual, AnnualWords english,
            AnnualWords welsh) {
        pdf.heading(both.apply(w -> w.text("section." + section.key() + ".title")));
        sentences(pdf, bilingual, english, welsh, "section." + section.key() + ".intro");
        if (bilingual && section.narrativeCy() != null) {
            pdf.quoted(section.narrativeCy());
        }
        if (section.narrative() != null) {
            pdf.quoted(section.narrative());
        }
        String current = both.apply(w -> w.text("column.period", report.period().label()));
        String previous = both.apply(w -> w.text("column.period", report.previous().label()));
        for (ReportTable table : section.tables()) {
            pdf.subheading(both.apply(w -> w.text("table." + table.key() + ".title")));
            sentences(pdf, bilingual, english, welsh, "table." + table.key() + ".about");
            PdfPTable cells = pdf.table(new float[] {3f, 2.2f, 2.2f},
                    both.apply(w -> w.text("table." + table.key() + ".rows")), current, previous);
            for (ReportRow row : table.rows()) {
                row(pdf, cells, both.apply(w -> w.label(row.label())), both.apply(w -> w.shown(row.current())),
                        both.apply(w -> w.shown(row.previous())), false);
            }
            if (table.total() != null) {
                row(pdf, cells, both.apply(w -> w.text("figure.total")),
                        both.apply(w -> w.shown(table.total().current())),
                        both.apply(w -> w.shown(table.total().previous())), true);
            }
            pdf.add(cells);
        }
        for (ReportSpread spread : section.spreads()) {
            pdf.subheading(both.apply(w -> w.text("spread." + spread.key() + ".title")));
            PdfPTable cells = pdf.table(new float[] {3f, 2.2f, 2.2f}, "", current, previous);
            row(pdf, cells, both.apply(w -> w.text("spread.cases")),
                    both.apply(w -> w.shown(spread.current().shownCases())),
                    both.apply(w -> w.shown(spread.previous().shownCases())), false);
            row(pdf, cells, both.apply(w -> w.text("spread.median")),
                    both.apply(w -> w.days(spread.current().publishedMedian())),
                    both.apply(w -> w.days(spread.previous().publishedMedian())), false);
            row(pdf, cells, both.apply(w -> w.text("spread.ninetieth")),
                    both.apply(w -> w.days(spread.current().publishedNinetieth())),
                    both.apply(w -> w.days(spread.previous().publishedNinetieth())), false);
            pdf.add(cells);
        }
    }

    private static void row(PdfSheets pdf, PdfPTable table, String label, String current, String previous,
            boolean total) {
        table.addCell(pdf.cell(label, total ? pdf.smallStrong : pdf.small));
        for (String figure : List.of(current, previous)) {
            PdfPCell cell = pdf.cell(figure, total ? pdf.smallStrong : pdf.small);
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(cell);
        }
    }

    /** One of the report's sentences: Welsh then English in a bilingual document, English otherwise. */
    private static void sentences(PdfSheets pdf, boolean bilingual, AnnualWords english, AnnualWords welsh,
            String key) {
        if (bilingual) {
            pdf.paragraph(welsh.text(key));
        }
        pdf.paragraph(english.text(key));
    }
}
