package uk.safeguardcases.web.shell;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
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
        send(response, fileName, "application/pdf", "pdf", pdf);
    }

    /** Any file the services made (a subject access request's ZIP, say), sent the same way. */
    public static void send(HttpServletResponse response, String fileName, String contentType, String extension,
            Supplier<byte[]> file) throws IOException {
        byte[] content;
        try {
            content = file.get();
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessRefusedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (uk.safeguardcases.application.process.TaskAlreadyDoneException e) {
            // A draft of a request already answered, say: the sender's fault, said in plain words.
            response.sendError(HttpServletResponse.SC_CONFLICT, e.getMessage());
            return;
        }
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + safe(fileName) + "." + extension + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        // RFC 9530: the SHA-256 of exactly these bytes, to check a download against the timeline's record.
        response.setHeader("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(sha256(content)) + ":");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A file name from a case reference: letters, digits and hyphens only. */
    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9-]", "_");
    }
}
