package uk.safeguardcases.web.officer;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The decisions waiting on their check step, in this person's session, by case and form: the check step is a page of
 * its own ({@code case.xhtml?ref=…&check=triage}), reached by a redirect after the form is sent, so a refresh shows it
 * again and sends nothing (post/redirect/get), and "Confirm" posts the form kept here. A few at most: the oldest go.
 */
@SessionScoped
public class PendingChecks implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int KEPT = 12;

    private final Map<String, StepForm> waiting = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StepForm> eldest) {
            return size() > KEPT;
        }
    };

    synchronized void keep(String reference, String formId, StepForm form) {
        waiting.remove(key(reference, formId));
        waiting.put(key(reference, formId), form);
    }

    /** The form whose decision waits on its check step, or null (confirmed, changed, or never asked). */
    synchronized StepForm waiting(String reference, String formId) {
        StepForm form = waiting.get(key(reference, formId));
        return form != null && form.isChecking() ? form : null;
    }

    synchronized void forget(String reference, String formId) {
        waiting.remove(key(reference, formId));
    }

    private static String key(String reference, String formId) {
        return reference + "\u0000" + formId;
    }
}
