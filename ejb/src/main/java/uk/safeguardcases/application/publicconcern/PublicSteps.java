package uk.safeguardcases.application.publicconcern;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.people.Role;

/**
 * How every step of the public pages runs, nobody being signed in: as the board named in the page's address, in a
 * transaction of its own, once more when two requests raced into the same new row; and, where a case is touched, as
 * the page's own caller ({@link PublicPages#REPORTER}), never as the reporter.
 */
final class PublicSteps {

    private PublicSteps() {
    }

    /** Whether a page's address names a board at all (the board itself may still be none). */
    static boolean namesABoard(String boardId) {
        return boardId != null && boardId.matches("[a-z0-9-]{1,20}");
    }

    /** The work as the board named in the address; an address that names none opens nothing. */
    static <T> T asBoard(String boardId, Locale language, Callable<T> work) {
        if (!namesABoard(boardId)) {
            throw new WrongCodeException();
        }
        return CallerContext.runAs(Caller.system(boardId).speaking(language == null ? Locale.UK : language), work);
    }

    /** The page's caller on the board the step runs as: what the case and the timeline name for the reporter. */
    static Caller reporterOn(Caller board) {
        return new Caller(PublicPages.REPORTER, "Public page", board.tenantId(), Set.of(Role.OFFICER), null,
                board.language());
    }

    /**
     * The work once more when two requests raced into the same new row (a throttle count made by both, or a challenge
     * taken by both): the loser's transaction was rolled back whole, and the second try sees the winner's row (so a
     * challenge already used is refused in plain words, not a 500).
     */
    static <T> T onceMore(Callable<T> work) throws Exception {
        try {
            return work.call();
        } catch (jakarta.ejb.EJBException e) {
            if (!duplicateKey(e)) {
                throw e;
            }
            return work.call();
        }
    }

    private static boolean duplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // The persistence provider's word for a unique key broken (Hibernate's ConstraintViolationException).
            if (t instanceof jakarta.persistence.EntityExistsException
                    || t.getClass().getSimpleName().equals("ConstraintViolationException")
                    && t.getClass().getName().startsWith("org.hibernate.")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
