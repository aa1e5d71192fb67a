package uk.safeguardcases.domain.access;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import uk.safeguardcases.domain.access.SubjectAccessRequest;
import uk.safeguardcases.domain.people.Person;

/**
 * A process's own part of a subject access answer (UK GDPR Article 15): what it holds about the person, as a list of
 * items, each a map of plain values in a fixed order. An {@code @ApplicationScoped} bean; the subject access gathering
 * puts every part in the disclosure under its {@link #key()}, after the cases, e-mails and reading, and applies the
 * request's redactions to it with the rest. The PDF heads it with the words {@code sar.<key>} of the documents bundle.
 */
public interface SubjectAccessPart {

    /** Its name in the disclosure's JSON, e.g. {@code policyDeclarations}. */
    String key();

    /**
     * What the board holds about the person the request is about, with {@code account} their account on the board
     * (null for none). A login the items name is added to {@code logins}, so the answer names the person instead.
     */
    List<Object> gather(SubjectAccessRequest request, Person account, Set<String> logins);

    /** A moment as the disclosure writes it. */
    static String when(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
