package uk.safeguardcases.application.declaration;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A published version as the administrator's list shows it. */
public record PolicyVersionView(long id, int number, String title, LocalDate effectiveFrom, LocalDate reviewDate,
        String owner, String publishedBy, Instant publishedAt, int clauses, String catalogueSha256,
        Integer membersAsked, Instant reviewRemindedAt) implements Serializable {
}
