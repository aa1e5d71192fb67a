package uk.safeguardcases.application.audit;

import java.io.Serializable;
import java.time.Instant;
import uk.safeguardcases.domain.audit.Reading;
import uk.safeguardcases.domain.audit.ReadRecord;

/** One read, as the administrator's page and its export show it. */
public record ReadLine(Instant readAt, String reader, Reading what, String caseReference, Long itemId)
        implements Serializable {

    static ReadLine of(ReadRecord record, KnownReadings kinds) {
        return new ReadLine(record.readAt(), record.reader(), kinds.byName(record.what()), record.caseReference(),
                record.itemId());
    }
}
