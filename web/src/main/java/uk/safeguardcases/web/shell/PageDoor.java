package uk.safeguardcases.web.shell;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What a process checks at its pages' door, before anything reads the request (a public page weighing a post against
 * its limits, say). One {@code @ApplicationScoped} bean per door, found by CDI; {@code ProcessDoors} (declared in
 * {@code web.xml} straight after the security headers, before any filter reads a parameter) asks every door of every
 * request, so a door looks at its own paths only and lets every other request on.
 */
public interface PageDoor {

    /** True when the door answered {@code request} itself (a refusal, say); false lets it on to the page. */
    boolean answered(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException;
}
