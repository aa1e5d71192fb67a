package uk.safeguardcases.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.domain.people.Role;

/**
 * Gives the container the roles of a person whose sign-in {@link SignIn} has finished. Passwords and codes are
 * checked before, by {@code Accounts} (with lockout and throttling), never here: no credential a request can carry is
 * accepted.
 */
@ApplicationScoped
public class PersonIdentityStore implements IdentityStore {

    @Inject
    private PeopleDirectory people;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof VerifiedPerson person)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return people.callerFor(person.username())
                .map(caller -> new CredentialValidationResult(caller.username(),
                        caller.roles().stream().map(Role::roleName).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
