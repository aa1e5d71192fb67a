package uk.safeguardcases.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.domain.people.Role;

/** Checks user name and password against the people of all boards (PBKDF2 hashes in the database). */
@ApplicationScoped
public class PersonIdentityStore implements IdentityStore {

    @Inject
    private PeopleDirectory people;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return people.signIn(login.getCaller(), login.getPassword().getValue())
                .map(caller -> new CredentialValidationResult(caller.username(),
                        caller.roles().stream().map(Role::roleName).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
