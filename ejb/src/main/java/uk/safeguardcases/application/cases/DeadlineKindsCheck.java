package uk.safeguardcases.application.cases;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two processes that bring a deadline kind of one name stop the deployment: the pages word a kind by its name alone
 * ({@code DeadlineKind.<NAME>}), so one would be shown in the other's words. Checked once, as the server starts.
 */
@Singleton
@Startup
public class DeadlineKindsCheck {

    @Inject
    @Any
    private Instance<CaseDeadlines> registered;

    @PostConstruct
    void check() {
        List<CaseDeadlines> all = new ArrayList<>();
        registered.forEach(all::add);
        check(all);
    }

    /** Refuses two registrations that name one kind (a core kind cannot be named: {@link DeadlineKind#contributed}). */
    static void check(List<CaseDeadlines> processes) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (CaseDeadlines process : processes) {
            String who = process.getClass().getSimpleName().replaceFirst("\\$.*", "");
            for (DeadlineKind kind : process.kinds()) {
                String before = byName.putIfAbsent(kind.name(), who);
                if (before != null) {
                    throw new IllegalStateException("Two deadline kinds are named " + kind.name() + ": " + before
                            + "'s and " + who + "'s");
                }
            }
        }
    }
}
