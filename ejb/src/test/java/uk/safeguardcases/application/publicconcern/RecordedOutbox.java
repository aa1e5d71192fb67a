package uk.safeguardcases.application.publicconcern;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import uk.safeguardcases.application.notification.Outbox;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.notification.NoticeKind;

/** The outbox of a unit test: what was queued, on which board, and nothing sent. */
class RecordedOutbox extends Outbox {

    record Mail(String board, Long caseId, NoticeKind kind, String to, String subject, String body) {
    }

    private final List<Mail> queued = new ArrayList<>();

    @Override
    public long queue(Long caseId, NoticeKind kind, String recipient, String subject, String body) {
        queued.add(new Mail(CallerContext.current().tenantId(), caseId, kind, recipient, subject, body));
        return queued.size();
    }

    List<Mail> to(String address) {
        return queued.stream().filter(m -> m.to().equals(address)).toList();
    }

    void forget(Predicate<Mail> which) {
        queued.removeIf(which);
    }
}
