package uk.safeguardcases.web.security;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.web.shell.Contributions;
import uk.safeguardcases.web.shell.PageDoor;
import uk.safeguardcases.web.shell.ProcessPages.ProtectedPath;

/**
 * The doors of the processes' pages, before anything reads a request (declared in {@code web.xml} straight after the
 * security headers, before any filter reads a parameter or the session). First the paths a process opens to some roles
 * only ({@code ProcessPages.protectedPaths()}), held as a security constraint of {@code web.xml} holds a workspace's:
 * nobody signed in is asked to sign in by Jakarta Security (the sign-in page, then back to the path), a person with none
 * of the roles gets the product's 403, and neither reaches the page. Then each process's own {@link PageDoor}. So a
 * process declares its paths and doors with its pages, and {@code web.xml} names only the workspaces'.
 */
public class ProcessDoors extends HttpFilter {

    @Inject
    private Contributions contributions;

    @Inject
    @Any
    private Instance<PageDoor> registered;

    private List<PageDoor> doors;

    @Override
    public void init() {
        doors = registered.stream().toList();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<ProtectedPath> protecting = protecting(contributions.protectedPaths(), pathOf(request));
        if (protecting.isPresent()) {
            if (request.getUserPrincipal() == null && !request.authenticate(response)) {
                // Jakarta Security has answered: the sign-in page, the request kept for after it.
                return;
            }
            if (protecting.get().roles().stream().noneMatch(role -> request.isUserInRole(role.roleName()))) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        for (PageDoor door : doors) {
            if (door.answered(request, response)) {
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * The declared path that holds {@code path}, as the servlet container picks a constraint: an exact path before any
     * prefix, a longer prefix before a shorter one.
     */
    static Optional<ProtectedPath> protecting(List<ProtectedPath> declared, String path) {
        return declared.stream().filter(protectedPath -> protectedPath.covers(path))
                .max(Comparator.comparing((ProtectedPath protectedPath) -> !protectedPath.pattern().endsWith("/*"))
                        .thenComparingInt(protectedPath -> protectedPath.pattern().length()));
    }

    /** The path within the product as the container matches constraints: decoded, without {@code ;} parameters. */
    private static String pathOf(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }
}
