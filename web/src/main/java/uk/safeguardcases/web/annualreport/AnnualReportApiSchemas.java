package uk.safeguardcases.web.annualreport;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of this part of the API's bodies, as its description (MicroProfile OpenAPI, generated at build
 * time) gives them: each record is a schema of {@code /api/openapi.json}, named as there.
 */
public final class AnnualReportApiSchemas {

    private AnnualReportApiSchemas() {
    }

    /** The description's example: one section, one table. */
    public static final String ANNUAL_REPORT_EXAMPLE = """
            {
              "board": "City & Hackney Safeguarding Children Board",
              "language": "en",
              "period": {
                "from": "2025-04-01",
                "label": "2025–26",
                "lastDay": "2026-03-31"
              },
              "periodBefore": {
                "from": "2024-04-01",
                "label": "2024–25",
                "lastDay": "2025-03-31"
              },
              "preparedAt": "2026-11-30T18:00:37.876Z",
              "sections": [
                {
                  "key": "investigations",
                  "title": "Investigations",
                  "narrative": "A year of “more reports” – £0 spent on agencies.",
                  "tables": [
                    {
                      "key": "concerns.source",
                      "title": "Concerns by source",
                      "rows": [
                        {
                          "label": "Monitoring tool",
                          "period": {
                            "value": 12,
                            "shown": "12"
                          },
                          "periodBefore": {
                            "shown": "fewer than 5"
                          }
                        }
                      ],
                      "total": {
                        "label": "Total",
                        "period": {
                          "value": 19,
                          "shown": "19"
                        },
                        "periodBefore": {
                          "value": 7,
                          "shown": "7"
                        }
                      }
                    }
                  ],
                  "durations": []
                }
              ]
            }
            """;

    @Schema(name = "AnnualReportTable")
    public record AnnualReportTable(
            String key,
            String title,
            java.util.List<ReportRow> rows,
            @Schema(description = "Present when the rows add up.") ReportRow total) {
    }

    @Schema(name = "AnnualReportDuration")
    public record AnnualReportDuration(
            String key,
            String title,
            ReportFigure cases,
            ReportFigure casesBefore,
            @Schema(description = "Absent when not published (too few cases).") double medianDays,
            double medianDaysBefore,
            @Schema(description = "Absent when not published (too few cases).") double ninetiethDays,
            double ninetiethDaysBefore,
            String median,
            String medianBefore,
            String ninetieth,
            String ninetiethBefore) {
    }

    @Schema(name = "AnnualReportSection")
    public record AnnualReportSection(
            @Schema(enumeration = {"investigations", "timeliness", "results", "duration", "other"}) String key,
            String title,
            @Schema(description = "The board's own words on the section, in English, as written; absent when it "
                    + "wrote none.") String narrative,
            @Schema(description = "The same in Welsh, as written (a bilingual board); absent when it wrote "
                    + "none.") String narrativeCy,
            java.util.List<AnnualReportTable> tables,
            @Schema(description = "How long, in days (the duration "
                    + "section).") java.util.List<AnnualReportDuration> durations) {
    }

    @Schema(name = "AnnualReport")
    public record AnnualReport(
            @Schema(description = "The board's name in the report's language (its Welsh name when it has "
                    + "one).") String board,
            @Schema(enumeration = {"en", "cy"}) String language,
            ReportPeriod period,
            ReportPeriod periodBefore,
            @Schema(format = "date-time") String preparedAt,
            java.util.List<AnnualReportSection> sections) {
    }

    @Schema(name = "ReportPeriod")
    public record ReportPeriod(
            @Schema(format = "date") String from,
            @Schema(format = "date") String lastDay,
            @Schema(description = "2025–26 for a financial year.") String label) {
    }

    @Schema(name = "ReportRow")
    public record ReportRow(
            String label,
            ReportFigure period,
            ReportFigure periodBefore) {
    }

    @Schema(name = "ReportFigure")
    public record ReportFigure(
            @Schema(description = "The count; absent when it is not published.") long value,
            @Schema(description = "As the page shows it: the count, or why it is not shown ('fewer than 5', "
                    + "'withheld').") String shown) {
    }
}
