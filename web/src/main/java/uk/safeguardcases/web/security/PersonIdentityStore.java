package uk.safeguardcases.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import uk.safeguardcases.application.people.BoardSignedIn;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.domain.people.Role;

/**
 * Gives the container the roles of a person whose sign-in {@link SignIn} has finished. Passwords and codes are
 * checked before, by {@code Accounts} (with lockout and throttling), never here: no credential a request can carry is
 * accepted.
 */
@ApplicationScoped
public class PersonIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(PersonIdentityStore.class.getName());

    @Inject
    private PeopleDirectory people;

    @Inject
    private Event<BoardSignedIn> signedIn;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof VerifiedPerson person)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return people.callerFor(person.username())
                .map(caller -> {
                    try {
                        signedIn.fire(new BoardSignedIn(caller.tenantId())); // the board's last sign-in, kept by whoever keeps it
                    } catch (RuntimeException e) {
                        // Two first sign-ins of a board at once, say: the other one's time stands. Never in the way.
                        LOG.log(Level.FINE, "The board's last sign-in was not written", e);
                    }
                    return new CredentialValidationResult(caller.username(),
                            caller.roles().stream().map(Role::roleName).collect(Collectors.toSet()));
                })
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
