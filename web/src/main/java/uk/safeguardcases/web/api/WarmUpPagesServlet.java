package uk.safeguardcases.web.api;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import uk.safeguardcases.application.audit.ReadAudit;
import uk.safeguardcases.application.cases.ConcernRehearsal;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;

/**
 * The board staff's first pages drawn for a node's own warm-up ({@link WarmUp}): {@code GET /warm-up/<page>} with
 * the warm-up's token, from this host, while the node warms up, draws that page for the warm-up's caller. Anything
 * else, at any time (another page, another method, no token or another, another host, a node that has warmed up or
 * never does), is answered 404 as an address that does not exist, having read nothing.
 *
 * <p>The page is drawn by forwarding to it, so the sign-in the page's own address asks for is not asked; the caller is
 * set here for the services below, as {@code CallerFilter} sets a signed-in person's. The pages' forms keep their
 * views in one session, the warm-up's, which its last request ({@code GET /warm-up/end}, the same token) ends.
 *
 * <p>{@code GET /warm-up/officer/case.xhtml} draws no real case: a concern is raised for it and rolled back with the
 * page ({@link ConcernRehearsal#raiseToBeRolledBack}).
 */
@WebServlet(urlPatterns = "/warm-up/*")
public class WarmUpPagesServlet extends HttpServlet {

    /** The last request of a warm-up's signed-in pages: the session they were drawn in is ended. */
    static final String END = "end";

    @Inject
    private WarmUp warmUp;

    @Inject
    private ConcernRehearsal rehearsal;

    @Resource
    private UserTransaction transaction;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        String page = "GET".equals(request.getMethod()) && path != null ? path.substring(1) : "";
        String token = request.getHeader(WarmUp.TOKEN_HEADER);
        if (END.equals(page) && warmUp.admits(token, fromThisHost(request))) {
            // Ended here, in a request of its own: a session ended after a forwarded page's answer had gone stayed
            // listed on the node, without its attributes, until it timed out.
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        Optional<Caller> caller = warmUp.callerForPage(page, token, fromThisHost(request));
        // The case page takes nothing from the request: the case is the one raised for it, and nothing else reaches
        // the page (the warm-up asks with no query at all).
        Optional<ConcernRehearsal.Stage> stage = WarmUp.CASE_PAGE.equals(page) && request.getQueryString() == null
                ? warmUp.stageForCasePage(token, fromThisHost(request)) : Optional.empty();
        if (caller.isEmpty() || WarmUp.CASE_PAGE.equals(page) && stage.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CallerContext.set(caller.get());
        try {
            if (stage.isPresent()) {
                drawRehearsedCase(request, response, stage.get());
            } else {
                request.getRequestDispatcher(path).forward(request, response);
            }
        } finally {
            CallerContext.clear();
        }
    }

    /**
     * The case page of a concern raised for it on {@code stage}'s board, drawn in the concern's own transaction and
     * rolled back with it: no case, timeline entry or record of the read is kept (the read is not recorded,
     * {@link ReadAudit#readingRehearsed}, since the case never exists outside this transaction).
     */
    private void drawRehearsedCase(HttpServletRequest request, HttpServletResponse response,
            ConcernRehearsal.Stage stage) throws ServletException, IOException {
        try {
            transaction.begin();
        } catch (NotSupportedException | SystemException e) {
            throw new ServletException("No transaction for the rehearsed concern", e);
        }
        try {
            String reference = rehearsal.raiseToBeRolledBack(stage);
            try (ReadAudit.Unrecorded unrecorded = ReadAudit.readingRehearsed(reference)) {
                request.getRequestDispatcher("/" + WarmUp.CASE_PAGE + "?ref="
                        + URLEncoder.encode(reference, StandardCharsets.UTF_8)).forward(request, response);
            }
        } catch (Throwable e) {
            rollBack(e);
            throw e;
        }
        rollBack(null);
    }

    /** Rolls the rehearsed concern back; a failure to, said with the failure that came first (if one did). */
    private void rollBack(Throwable first) throws ServletException {
        try {
            transaction.rollback();
        } catch (SystemException | IllegalStateException | SecurityException e) {
            if (first != null) {
                first.addSuppressed(e);
                return;
            }
            throw new ServletException("The rehearsed concern was not rolled back", e);
        }
    }

    /** The request came from the address it arrived at: this host calling itself. */
    private static boolean fromThisHost(HttpServletRequest request) {
        return request.getRemoteAddr() != null && request.getRemoteAddr().equals(request.getLocalAddr());
    }
}
