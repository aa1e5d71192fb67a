package uk.safeguardcases.infrastructure.pdf;

import com.lowagie.text.pdf.PdfPTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import uk.safeguardcases.application.search.ChildSearchView;
import uk.safeguardcases.application.search.SearchDocuments;
import uk.safeguardcases.application.search.SearchLogView;

/**
 * The search register and one search's log, for inspection (LSCB §3: "authorised by a member of staff of appropriate
 * seniority and the process and its outcomes logged"): every authorisation and its use. People are named as the
 * views name them (never by login).
 */
@ApplicationScoped
public class ChildSearchDocuments implements SearchDocuments {

    @Override
    public byte[] register(String boardName, String filterDescription, List<ChildSearchView> searches,
            Instant printedAt) {
        return PdfSheets.write("Register of searches about children", "Search register", printedAt, pdf -> {
            pdf.title("Register of searches about children");
            pdf.markingBlock();
            pdf.facts().fact("Board", boardName).fact("Printed", PdfSheets.when(printedAt))
                    .fact("Shown", filterDescription).fact("Searches", String.valueOf(searches.size())).done();
            if (searches.isEmpty()) {
                pdf.paragraph("No search matches.");
                return;
            }
            PdfPTable table = pdf.table(new float[] {2.2f, 1.7f, 2.4f, 2.1f, 1.6f}, "Reference", "Requested",
                    "Authorisation", "Use", "Outcome");
            for (ChildSearchView s : searches) {
                table.addCell(pdf.cell(s.reference() + "\nChild " + s.childReference() + "\nAgency case "
                        + s.agencyCaseNumber(), pdf.small));
                table.addCell(pdf.cell(PdfSheets.when(s.requestedAt()) + "\nby " + s.requestedBy() + "\nasked: "
                        + s.platforms(), pdf.small));
                table.addCell(pdf.cell(authorisation(s), pdf.small));
                table.addCell(pdf.cell(use(s), pdf.small));
                table.addCell(pdf.cell(outcome(s), pdf.small));
            }
            pdf.add(table);
        });
    }

    @Override
    public byte[] searchLog(String boardName, ChildSearchView s, List<SearchLogView> log, Instant printedAt) {
        return PdfSheets.write("Search log", s.reference(), printedAt, pdf -> {
            pdf.title("Search about a child: " + s.reference());
            pdf.markingBlock();
            pdf.facts().fact("Board", boardName).fact("Child (board reference)", s.childReference())
                    .fact("Agency case number", s.agencyCaseNumber()).fact("Printed", PdfSheets.when(printedAt))
                    .fact("Kept until", PdfSheets.day(s.keepUntil())).done();
            pdf.heading("1. The request");
            pdf.facts().fact("Requested", PdfSheets.when(s.requestedAt()) + " by " + s.requestedBy())
                    .fact("Justifiable concern", s.concern()).fact("Platforms asked for", s.platforms())
                    .fact("What will be looked at", s.lookedAt())
                    .fact("Open methods", s.openMethodsDeclared() ? "Declared: only open methods available legally to"
                            + " any member of the public; no password guessing or other subterfuge." : "Not declared")
                    .done();
            pdf.heading("2. The authorisation");
            pdf.paragraph(authorisation(s));
            pdf.heading("3. The search log");
            if (log.isEmpty()) {
                pdf.paragraph("No search was logged.");
            } else {
                PdfPTable table = pdf.table(new float[] {0.4f, 1.4f, 1.2f, 3f, 2.4f}, "No.", "When", "Platform",
                        "Searched or opened, method and what was found", "Evidence SHA-256");
                for (SearchLogView e : log) {
                    table.addCell(pdf.cell(String.valueOf(e.number()), pdf.small));
                    table.addCell(pdf.cell(PdfSheets.when(e.searchedAt()) + "\nby " + e.loggedBy(), pdf.small));
                    table.addCell(pdf.cell(e.platform().label(), pdf.small));
                    StringBuilder what = new StringBuilder(e.searchedFor()).append("\nMethod: ").append(e.method())
                            .append("\nFound: ").append(e.found());
                    if (e.capturedText() != null) {
                        what.append("\n“").append(e.capturedText()).append("”");
                    }
                    if (e.fileName() != null) {
                        what.append("\nFile: ").append(e.fileName());
                    }
                    table.addCell(pdf.cell(what.toString(), pdf.small));
                    table.addCell(pdf.cell(e.sha256() == null ? "No evidence captured"
                            : PdfSheets.inTwoLines(e.sha256()), pdf.hash));
                }
                pdf.add(table);
            }
            pdf.heading("4. The outcome");
            pdf.paragraph(use(s));
            pdf.paragraph(outcome(s));
            if (s.outcomeSummary() != null) {
                pdf.quoted(s.outcomeSummary());
            }
        });
    }

    private static String authorisation(ChildSearchView s) {
        return switch (s.status()) {
            case AWAITING_AUTHORISATION -> "Awaiting authorisation.";
            case REFUSED -> "Refused by " + s.decidedBy() + " on " + PdfSheets.when(s.decidedAt()) + ": "
                    + s.decisionReason();
            default -> "Authorised by " + s.decidedBy() + " on " + PdfSheets.when(s.decidedAt()) + " for "
                    + s.authorisedPlatforms() + " until " + PdfSheets.when(s.authorisedUntil()) + ". Scope: "
                    + s.authorisedScope() + ". Reason: " + s.decisionReason();
        };
    }

    private static String use(ChildSearchView s) {
        String searches = s.searchesLogged() == 1 ? "1 search logged" : s.searchesLogged() + " searches logged";
        if (s.windowEndedAt() == null) {
            return s.status() == uk.safeguardcases.domain.search.ChildSearchStatus.AUTHORISED
                    ? searches + "; the window is open." : searches + ".";
        }
        return searches + "; the window " + (s.windowExpired() ? "expired" : "was closed by the officer") + " on "
                + PdfSheets.when(s.windowEndedAt()) + ".";
    }

    private static String outcome(ChildSearchView s) {
        if (s.outcome() == null) {
            return "No outcome yet.";
        }
        String what = switch (s.outcome()) {
            case NO_CONCERN -> "No concern";
            case CHILDRENS_SOCIAL_CARE -> "Referred to children's social care";
            case POLICE -> "Referred to the police";
            case CEOP -> "Referred to CEOP";
            case LADO -> "Referred to the LADO";
        };
        return what + (s.outcomeReference() == null ? "" : " (their reference " + s.outcomeReference() + ")")
                + "; closed by " + s.closedBy() + " on " + PdfSheets.when(s.closedAt()) + ".";
    }
}
