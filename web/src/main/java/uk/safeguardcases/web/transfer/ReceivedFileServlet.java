package uk.safeguardcases.web.transfer;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.application.transfer.ReceivedTransfers;
import uk.safeguardcases.domain.evidence.FileType;
import uk.safeguardcases.web.shell.PdfDownload;

/**
 * A file another board sent with a case, as it came, downloaded ({@code /officer/*}: the board's officers and senior
 * managers; the service says who may read which: its senior managers, and its officers once it is a case of the
 * board's own). Never shown inline: it is the other board's file, opened as a download.
 */
@WebServlet("/officer/received-file")
public class ReceivedFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReceivedTransfers received;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReceivedTransfers.FileContent file;
        try {
            file = received.file(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(404);
            return;
        } catch (AccessRefusedException e) {
            response.sendError(403);
            return;
        }
        // Never the name another board's file came with (a ".hta" would run on a double click): its id, and the
        // extension of its checked type.
        String extension = FileType.forContentType(file.contentType()).map(FileType::extension).orElse("bin");
        PdfDownload.send(response, "received-file-" + request.getParameter("id").strip(), file.contentType(),
                extension, file::content);
    }
}
