package uk.safeguardcases.application.retention;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import uk.safeguardcases.domain.cases.RetentionBasis;

/**
 * A closed case the retention rule removes soon: its reference, when it closed, the date it is kept until and the
 * part of the rule that set it; {@code heldAt} is set when a legal hold keeps it all the same.
 */
public record DueRemoval(String reference, Instant closedAt, LocalDate keepUntil, RetentionBasis basis,
        Instant heldAt, String holdReason) implements Serializable {

    public boolean held() {
        return heldAt != null;
    }
}
