package uk.safeguardcases.application.access;

import java.util.Collection;
import java.util.List;
import uk.safeguardcases.domain.audit.ReadRecord;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.notification.OutboxMessage;

/**
 * What a subject access answer reads of the board's records, as the database answers it (tenant-filtered by
 * Hibernate): the cases that find the person, the e-mails sent to them, and the read audit. Which of it is given,
 * and how, is {@link SubjectAccessGathering}'s.
 */
public interface SubjectAccessReadModel {

    /** The cases, not removed, about the account {@code personId}. */
    List<SafeguardingCase> casesAboutAccount(long personId);

    /** The cases, not removed and linked to no account, whose member's name in lower case is one of {@code names}. */
    List<SafeguardingCase> casesAboutName(Collection<String> names);

    /** The cases, not removed, that {@code username} raised. */
    List<SafeguardingCase> casesRaisedBy(String username);

    /** The e-mails queued to any of these addresses (lower case), oldest first. */
    List<OutboxMessage> emailsTo(Collection<String> addresses);

    /** What {@code username} read, oldest first. */
    List<ReadRecord> readsBy(String username);

    /** Who read case {@code caseId}, oldest first. */
    List<ReadRecord> readsOfCase(long caseId);
}
