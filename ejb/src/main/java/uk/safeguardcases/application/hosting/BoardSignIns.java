package uk.safeguardcases.application.hosting;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import uk.safeguardcases.application.people.BoardSignedIn;
import uk.safeguardcases.domain.board.BoardRepository;
import java.time.Clock;
import java.time.Instant;

/**
 * When a board's people last signed in ({@code board_activity}), for the operator's view of the board's health: a
 * time per board, nobody's name. Written at each sign-in, in a transaction of its own; the sign-in goes on if it fails.
 */
@Stateless
public class BoardSignIns {

    @Inject
    private BoardRepository boards;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void signedIn(@Observes BoardSignedIn signIn) {
        boards.signedIn(signIn.tenantId(), Instant.now(clock));
    }
}
