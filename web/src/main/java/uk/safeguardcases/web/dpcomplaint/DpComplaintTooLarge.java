package uk.safeguardcases.web.dpcomplaint;

import jakarta.servlet.annotation.WebServlet;
import uk.safeguardcases.web.shell.TooLargePage;

/** The page a public complaint is answered with when its post is larger than the server takes (413): nothing sent. */
@WebServlet(DpComplaintTooLarge.PATH)
public class DpComplaintTooLarge extends TooLargePage {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/dp-complaint/too-large";

    public DpComplaintTooLarge() {
        super(DpComplaintPages.BUNDLE, "tooLarge.title", "tooLarge");
    }
}
