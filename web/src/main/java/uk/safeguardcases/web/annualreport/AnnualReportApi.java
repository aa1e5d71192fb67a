package uk.safeguardcases.web.annualreport;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.annualreport.AnnualReportData;
import uk.safeguardcases.application.annualreport.AnnualReportService;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.domain.report.ReportPeriod;
import uk.safeguardcases.web.api.AcceptLanguage;
import uk.safeguardcases.web.api.Problem;

/**
 * The board's annual report as JSON, for its senior managers and administrators (the service refuses anyone else):
 * the figures of the page, the CSV and the PDF, each not published given only as the page words it. The twelve months
 * from {@code ?from=} (a date), else the last financial year that has ended, each read an export on the board's
 * timeline; in Welsh or English as
 * {@code Accept-Language} asks, else the caller's language. Described by {@link AnnualReportApiDescription}.
 */
@Path("/annual-report")
// Problems too: a client that accepts only problem+json for an operation answering 204 (as generated clients ask).
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class AnnualReportApi {

    @Inject
    private AnnualReportService reports;

    @GET
    public AnnualReportData report(@QueryParam("from") String from, @Context HttpHeaders headers) {
        ReportPeriod period;
        if (from == null || from.isBlank()) {
            period = ReportPeriod.lastFinishedFinancialYear(LocalDate.now(WorkingCalendar.UK));
        } else {
            try {
                period = ReportPeriod.startingOn(LocalDate.parse(from.strip()));
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(Map.of("from", "From is the first day of the twelve months, written"
                        + " as 2025-04-01."));
            }
        }
        return reports.data(period, AcceptLanguage.of(headers));
    }
}
