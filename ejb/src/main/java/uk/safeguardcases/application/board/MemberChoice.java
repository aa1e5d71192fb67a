package uk.safeguardcases.application.board;

import java.io.Serializable;

/**
 * A member of the board as an officer finds them when raising a concern: enough to tell two people of the same
 * name apart (their organisation), and nothing else about them; {@code personId} is what a form posts.
 */
public record MemberChoice(String username, String displayName, Long organisationId, String organisationName,
        long personId)
        implements Serializable {
}
