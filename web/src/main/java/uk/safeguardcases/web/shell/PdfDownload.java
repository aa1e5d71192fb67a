package uk.safeguardcases.web.shell;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.NotFoundException;

/**
 * Sends a PDF the services made as a download: an attachment, never sniffed, never cached. A record the
 * caller may not see (another board's, another organisation's, or none at all) answers 404; a role that
 * may not ask at all answers 403.
 */
public final class PdfDownload {

    private PdfDownload() {
    }

    public static void send(HttpServletResponse response, String fileName, Supplier<byte[]> pdf) throws IOException {
        byte[] content;
        try {
            content = pdf.get();
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessRefusedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + safe(fileName) + ".pdf\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /** A file name from a case reference: letters, digits and hyphens only. */
    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9-]", "_");
    }
}
