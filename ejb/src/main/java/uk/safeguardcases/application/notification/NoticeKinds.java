package uk.safeguardcases.application.notification;

import java.util.List;
import uk.safeguardcases.domain.notification.NoticeKind;

/**
 * A process's own kinds of e-mail, registered as an {@code @ApplicationScoped} bean, e.g.
 * {@code public List<ConcernNotice> kinds() { return List.of(ConcernNotice.values()); }}. {@link KnownNotices}
 * finds every one, so a message the outbox keeps is read back as its kind.
 */
public interface NoticeKinds {

    List<? extends NoticeKind> kinds();
}
