package uk.safeguardcases.domain.people;

import java.util.Objects;

/**
 * Four eyes, the one rule for every authorisation and approval in the boards' processes: the person who asks is
 * never the person who authorises or approves. LSCB §3 (a search, or an investigation, authorised by a member of
 * staff of appropriate seniority: another person than the one who wants it); CHSCB 6.2 (a disciplinary referral
 * approved by a senior manager who did not decide it); CHSCB authorised use 2.2 (an official account decided by
 * someone other than who asked for it).
 */
public final class SeparationOfDuties {

    private SeparationOfDuties() {
    }

    /**
     * Whether {@code decider} may authorise or approve what {@code askedBy} asked for (triaged, decided, requested).
     * Nobody asked yet (null) leaves anyone free to decide.
     */
    public static boolean permits(String askedBy, String decider) {
        return askedBy == null || !Objects.equals(askedBy, decider);
    }
}
