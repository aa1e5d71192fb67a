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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
 * {@code Accept-Language} asks, else the caller's language. Described by {@link AnnualReportApiSchemas}.
 */
@Tag(name = "Annual report", description = "The board's annual figures.")
// Every operation of this class: the doors it takes and the problems it may answer.
@SecurityRequirement(name = "personalToken")
@SecurityRequirement(name = "providerToken")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "400", ref = "Problem400")
@APIResponse(responseCode = "401", ref = "Problem401")
@APIResponse(responseCode = "403", ref = "Problem403")
@Path("/annual-report")
// Problems too: a client that accepts only problem+json for an operation answering 204 (as generated clients ask).
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class AnnualReportApi {

    @Inject
    private AnnualReportService reports;

    @Operation(operationId = "getAnnualReport",
            summary = "The board's annual report as data: the figures of the annual report page, its CSV and its "
            + "PDF, each figure not published (fewer than 5, or withheld so that one cannot be worked out) given "
            + "only as the page words it. Senior managers and board administrators only.",
            description = "The annual report's figures for twelve months as data, with the board's own words "
                    + "exactly as written. Reading it is recorded on the board's timeline as an export. Senior "
                    + "managers and board administrators only.")
    @Parameter(name = "from", in = ParameterIn.QUERY,
            description = "The first day of the twelve months (2025-04-01); by default the last financial year that "
            + "has ended.", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER,
            description = "'cy' for the words in Welsh, 'en' in English; otherwise the caller's own language.",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The report.", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AnnualReportApiSchemas.AnnualReport.class),
            examples = @ExampleObject(name = "one section, one table", value = AnnualReportApiSchemas.ANNUAL_REPORT_EXAMPLE)))
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
