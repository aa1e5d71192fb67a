package uk.safeguardcases.application.annualreport;

/** The annual report as an OpenDocument spreadsheet, one sheet per section (the port; the library is behind it). */
public interface AnnualReportSpreadsheet {

    String CONTENT_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

    byte[] spreadsheet(AnnualReport report, AnnualWords words);
}
