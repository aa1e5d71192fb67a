package uk.safeguardcases.application.notification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.domain.notification.Notice;
import uk.safeguardcases.domain.notification.NoticeKind;

/**
 * Every kind of e-mail the product knows: its own ({@link Notice}) and each registered process's
 * ({@link NoticeKinds}), by the name the outbox keeps. Two kinds of one name stop the deployment.
 */
@ApplicationScoped
public class KnownNotices {

    @Inject
    @Any
    private Instance<NoticeKinds> registered;

    private Map<String, NoticeKind> byName;

    @PostConstruct
    void collect() {
        List<NoticeKinds> all = new ArrayList<>();
        registered.forEach(all::add);
        collect(all);
    }

    void collect(List<NoticeKinds> processes) {
        Map<String, NoticeKind> names = new LinkedHashMap<>();
        for (Notice notice : Notice.values()) {
            names.put(notice.name(), notice);
        }
        for (NoticeKinds process : processes) {
            for (NoticeKind kind : process.kinds()) {
                NoticeKind before = names.putIfAbsent(kind.name(), kind);
                if (before != null && before != kind) {
                    throw new IllegalStateException("Two kinds of e-mail are named " + kind.name() + ": "
                            + before.getClass().getSimpleName() + " and " + kind.getClass().getSimpleName());
                }
            }
        }
        byName = Map.copyOf(names);
    }

    /** The kind of a message the outbox keeps as {@code name}. */
    public NoticeKind byName(String name) {
        NoticeKind kind = byName.get(name);
        if (kind == null) {
            throw new IllegalStateException("No process declares the e-mail kind " + name);
        }
        return kind;
    }

    /** Every kind known. */
    public List<NoticeKind> all() {
        return List.copyOf(byName.values());
    }
}
