package uk.safeguardcases.application.annualreport;

/** The annual report as a PDF, in the board's languages (the port; OpenPDF is behind it). */
public interface AnnualReportPdf {

    byte[] pdf(AnnualReport report);
}
