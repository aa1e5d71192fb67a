package uk.safeguardcases.domain.cases;

/**
 * A concern was raised about a member with an account on the board (fired in the raising transaction), for what
 * watches a member's concerns over time: the register of low-level concerns counts cases with them.
 */
public record ConcernRaisedAbout(long personId) {
}
