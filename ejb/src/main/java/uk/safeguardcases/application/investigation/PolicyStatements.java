package uk.safeguardcases.application.investigation;

import java.util.Locale;
import uk.safeguardcases.domain.cases.SafeguardingCase;

/**
 * The process that asks the board's members to declare its policy, asked what the member of a case had declared: an
 * {@code @ApplicationScoped} bean. Without one, a referral pack and the case page have no statement to show.
 */
public interface PolicyStatements {

    /**
     * The statement for case {@code reference} in {@code language}, for the board's staff and the HR partner the case
     * was referred to (the caller's right to read the case checked).
     */
    PolicyStatement forCase(String reference, Locale language);

    /** As {@link #forCase}, for a case the caller's service has already found (the referral pack). */
    PolicyStatement statementFor(SafeguardingCase c, Locale language);
}
