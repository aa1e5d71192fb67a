package uk.safeguardcases.web.shell;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;

/**
 * The decisions waiting on their check step, in this person's session, by page, record and check: the check step is
 * an address of its own ({@code case.xhtml?ref=…&check=triage}, {@code referral.xhtml?ref=…&check=outcome}), reached
 * by a redirect after the form is sent, so a refresh shows it again and sends nothing (post/redirect/get), and
 * "Confirm" posts what was kept here. Kept under the board and the person as well as the record, so nothing kept for
 * one board or person is found for another, whatever the session. A few at most: the oldest go.
 */
@SessionScoped
public class PendingChecks implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int KEPT = 12;

    private final Map<String, Serializable> waiting = new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Serializable> eldest) {
            return size() > KEPT;
        }
    };

    /** Keeps what waits on the check step {@code check} of {@code page} for the record {@code reference}. */
    public synchronized void keep(String page, String reference, String check, Serializable decision) {
        waiting.remove(key(page, reference, check));
        waiting.put(key(page, reference, check), decision);
    }

    /** What waits on that check step, if it is a {@code type}; null when confirmed, changed, or never asked. */
    public synchronized <T> T waiting(String page, String reference, String check, Class<T> type) {
        Serializable decision = waiting.get(key(page, reference, check));
        return type.isInstance(decision) ? type.cast(decision) : null;
    }

    public synchronized void forget(String page, String reference, String check) {
        waiting.remove(key(page, reference, check));
    }

    private static String key(String page, String reference, String check) {
        Caller caller = CallerContext.current();
        return String.join("\u0000", caller.tenantId(), caller.username(), page, reference, check);
    }
}
