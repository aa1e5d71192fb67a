package uk.safeguardcases.web.officer;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguardcases.application.reports.CaseReportPdf;
import uk.safeguardcases.application.reports.ReferralPackPdf;
import uk.safeguardcases.web.shell.PdfDownload;

/**
 * A case's report for the board's file; before a referral is approved, its pack as it would be sent (for the
 * senior manager who approves it); once referred, its referral pack as it was sent (and, labelled as
 * such, as it would print now), as PDFs for the board's officers and seniors ({@code /officer/*} in web.xml; the
 * services check the role and the board again).
 */
@WebServlet({CaseReportServlet.CASE_REPORT, CaseReportServlet.REFERRAL_PACK, CaseReportServlet.CURRENT_PACK,
        CaseReportServlet.PACK_PREVIEW})
public class CaseReportServlet extends HttpServlet {

    static final String CASE_REPORT = "/officer/case-report";
    static final String REFERRAL_PACK = "/officer/referral-pack";
    static final String CURRENT_PACK = "/officer/referral-pack-current";
    /** The pack as it would be sent, for the senior manager deciding whether to approve the referral. */
    static final String PACK_PREVIEW = "/officer/referral-pack-preview";

    @Inject
    private CaseReportPdf caseReports;

    @Inject
    private ReferralPackPdf referralPacks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String reference = request.getParameter("ref");
        if (reference == null || reference.isBlank()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (REFERRAL_PACK.equals(request.getServletPath())) {
            PdfDownload.send(response, "referral-pack-" + reference, () -> referralPacks.forBoard(reference).content());
        } else if (PACK_PREVIEW.equals(request.getServletPath())) {
            PdfDownload.send(response, "referral-pack-" + reference + "-preview",
                    () -> referralPacks.previewForApproval(reference).content());
        } else if (CURRENT_PACK.equals(request.getServletPath())) {
            PdfDownload.send(response, "referral-pack-" + reference + "-current",
                    () -> referralPacks.currentForBoard(reference).content());
        } else {
            PdfDownload.send(response, "case-report-" + reference, () -> caseReports.forBoard(reference));
        }
    }
}
