package uk.safeguardcases.web.trustedtime;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguardcases.application.trustedtime.ChainHeadTimestamps;
import uk.safeguardcases.application.trustedtime.EvidenceTimes;
import uk.safeguardcases.web.shell.PdfDownload;

/**
 * A timestamp token as the authority signed it (DER, {@code application/timestamp-reply}'s token, {@code .tst}), to check
 * offline with {@code openssl ts -verify}: {@code /trusted-time/evidence.tst?id=<evidence id>} for the board's officers,
 * senior managers and administrators, {@code /trusted-time/chain-head.tst?id=<kept token's id>} for its administrators.
 * Another board's token, or none, is a 404.
 */
@WebServlet({"/trusted-time/evidence.tst", "/trusted-time/chain-head.tst"})
public class TokenDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private EvidenceTimes evidence;

    @Inject
    private ChainHeadTimestamps chainHeads;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean chainHead = request.getServletPath().endsWith("chain-head.tst");
        PdfDownload.send(response, (chainHead ? "chain-head-" : "evidence-") + id, "application/timestamp-token",
                "tst", () -> chainHead ? chainHeads.tokenOf(id) : evidence.tokenOf(id));
    }
}
