package uk.safeguardcases.application.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.audit.TimelineAction;

/**
 * Every kind of timeline entry the product knows: its own ({@link AuditAction}) and each registered process's
 * ({@link TimelineActions}), found again by the label an entry keeps. A process's label that another kind has
 * already stops the deployment: two kinds with one label could not be told apart in the record.
 */
@ApplicationScoped
public class AuditActions {

    @Inject
    @Any
    private Instance<TimelineActions> registered;

    private Map<String, TimelineAction> byLabel;

    @PostConstruct
    void collect() {
        List<TimelineActions> all = new ArrayList<>();
        registered.forEach(all::add);
        collect(all);
    }

    void collect(List<TimelineActions> processes) {
        Map<String, TimelineAction> labels = new LinkedHashMap<>();
        // The product's own first; two of them share a label on purpose (illegal imagery is recorded as evidence
        // captured), and the first is the one read back, as AuditAction.byLabel reads it.
        Arrays.stream(AuditAction.values()).forEach(action -> labels.putIfAbsent(action.label(), action));
        for (TimelineActions process : processes) {
            for (TimelineAction action : process.actions()) {
                TimelineAction before = labels.putIfAbsent(action.label(), action);
                if (before != null && before != action) {
                    throw new IllegalStateException("Two kinds of timeline entry are labelled \"" + action.label()
                            + "\": " + describe(before) + " and " + describe(action));
                }
            }
        }
        byLabel = Map.copyOf(labels);
    }

    /** The kind of entry a timeline entry's action (its label, as entries keep it) is; empty for none known. */
    public Optional<TimelineAction> byLabel(String label) {
        return Optional.ofNullable(label == null ? null : byLabel.get(label));
    }

    /** Every kind known, one per label. */
    public List<TimelineAction> all() {
        return List.copyOf(byLabel.values());
    }

    private static String describe(TimelineAction action) {
        return action.getClass().getSimpleName() + "." + action.name();
    }
}
