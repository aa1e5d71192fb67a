package uk.safeguardcases.web.hosting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import uk.safeguardcases.application.hosting.HostOperators;

/**
 * Gives the container a signed-in hosting operator: their name behind {@link HostOperators#PRINCIPAL_PREFIX}, which
 * no board's person has, and the one role {@code operator}, which opens no board's page. Every other credential is
 * left to the board's own store.
 */
@ApplicationScoped
public class OperatorIdentityStore implements IdentityStore {

    @Inject
    private HostOperators operators;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof VerifiedOperator operator)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String principal = HostOperators.PRINCIPAL_PREFIX + operator.username();
        return operators.callerFor(principal)
                .map(caller -> new CredentialValidationResult(principal, Set.of(HostOperators.ROLE)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
