package uk.safeguardcases.web.signing;

import jakarta.servlet.annotation.WebServlet;
import uk.safeguardcases.web.shell.TooLargePage;

/** The page a document to check is answered with when it is larger than the server takes (413). */
@WebServlet(CheckTooLarge.PATH)
public class CheckTooLarge extends TooLargePage {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/check/too-large";

    public CheckTooLarge() {
        super(SigningPages.BUNDLE, "check.tooLarge.title", "check.tooLarge");
    }
}
