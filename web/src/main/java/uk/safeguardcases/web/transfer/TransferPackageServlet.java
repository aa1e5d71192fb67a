package uk.safeguardcases.web.transfer;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.application.transfer.TransferPackages;
import uk.safeguardcases.web.shell.PdfDownload;

/**
 * The signed package a case went as to a board on another deployment, for the board's senior managers to hand over
 * ({@code /transfer/*} is theirs; the service checks again, and records each download on the case's timeline).
 */
@WebServlet("/transfer/package.zip")
public class TransferPackageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private TransferPackages packages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        TransferPackages.PackageFile file;
        try {
            file = packages.download(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(404);
            return;
        } catch (AccessRefusedException e) {
            response.sendError(403);
            return;
        }
        String name = file.fileName();
        PdfDownload.send(response, name.substring(0, name.length() - ".zip".length()), "application/zip", "zip",
                file::content);
    }
}
