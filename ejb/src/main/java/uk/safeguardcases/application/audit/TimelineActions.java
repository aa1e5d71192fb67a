package uk.safeguardcases.application.audit;

import java.util.List;
import uk.safeguardcases.domain.audit.TimelineAction;

/**
 * A process's own kinds of timeline entry, registered as an {@code @ApplicationScoped} bean, e.g.
 * {@code public List<ConcernAction> actions() { return List.of(ConcernAction.values()); }}. {@link AuditActions}
 * finds every one, so an entry a process recorded is read back as its kind.
 */
public interface TimelineActions {

    List<? extends TimelineAction> actions();
}
