package uk.safeguardcases.application.declaration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import uk.safeguardcases.domain.people.AccountChanged;

/**
 * A person who has just become a member of the board (added, given the member role or an organisation, or
 * reactivated) is asked to declare the latest policy version, in the transaction that changed their account.
 */
@ApplicationScoped
public class DeclarationsOnJoining {

    @Inject
    private AskingMembers asking;

    public void accountChanged(@Observes AccountChanged changed) {
        asking.askNewMember(changed.personId());
    }
}
