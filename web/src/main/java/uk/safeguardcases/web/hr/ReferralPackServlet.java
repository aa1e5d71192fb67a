package uk.safeguardcases.web.hr;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguardcases.application.reports.ReferralPackPdf;
import uk.safeguardcases.web.shell.PdfDownload;

/**
 * The referral pack as a PDF for the HR partner ({@code /hr/*} in web.xml): the very copy that was sent, whose
 * SHA-256 the timeline records; only a referral to their own organisation on their own board; any other
 * reference is "not found", as on the referral's page.
 */
@WebServlet("/hr/referral-pack")
public class ReferralPackServlet extends HttpServlet {

    @Inject
    private ReferralPackPdf referralPacks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String reference = request.getParameter("ref");
        if (reference == null || reference.isBlank()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PdfDownload.send(response, "referral-pack-" + reference, () -> referralPacks.forHr(reference).content());
    }
}
