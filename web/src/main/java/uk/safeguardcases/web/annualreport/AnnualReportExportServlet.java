package uk.safeguardcases.web.annualreport;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import uk.safeguardcases.application.annualreport.AnnualReportService;
import uk.safeguardcases.application.annualreport.AnnualReportSpreadsheet;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.domain.report.ReportPeriod;
import uk.safeguardcases.web.shell.PdfDownload;

/**
 * The annual report's downloads, {@code /annual/report.csv}, {@code .ods} and {@code .pdf} with the page's
 * {@code ?from=}: for the board's senior managers and administrators ({@code /annual/*} in web.xml; the service checks
 * again), each export on the board's timeline.
 */
@WebServlet({"/annual/report.csv", "/annual/report.ods", "/annual/report.pdf"})
public class AnnualReportExportServlet extends HttpServlet {

    @Inject
    private AnnualReportService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReportPeriod period;
        try {
            String from = request.getParameter("from");
            period = from == null || from.isBlank()
                    ? ReportPeriod.lastFinishedFinancialYear(LocalDate.now(WorkingCalendar.UK))
                    : ReportPeriod.startingOn(LocalDate.parse(from.strip()));
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String name = "annual-report-" + period.from();
        String path = request.getServletPath();
        if (path.endsWith(".csv")) {
            PdfDownload.send(response, name, "text/csv; charset=UTF-8", "csv", () -> service.csv(period));
        } else if (path.endsWith(".ods")) {
            PdfDownload.send(response, name, AnnualReportSpreadsheet.CONTENT_TYPE, "ods",
                    () -> service.spreadsheet(period));
        } else {
            PdfDownload.send(response, name, () -> service.pdf(period));
        }
    }
}
