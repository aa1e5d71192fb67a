package uk.safeguardcases.web.signing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguardcases.application.signing.DocumentCheck;

/**
 * The certificate (chain, PEM) that signs every document of this deployment, for anyone to trust when they check a
 * document with their own tools: public, as it is inside every signed document.
 */
@WebServlet(SigningCertificate.PATH)
public class SigningCertificate extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/check/signing-certificate.pem";

    @Inject
    private DocumentCheck check;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/x-pem-file");
        response.setCharacterEncoding("US-ASCII");
        response.setHeader("Content-Disposition", "attachment; filename=\"signing-certificate.pem\"");
        response.getWriter().write(check.certificatePem());
    }
}
