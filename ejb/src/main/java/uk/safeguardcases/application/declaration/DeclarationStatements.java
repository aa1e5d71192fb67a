package uk.safeguardcases.application.declaration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import uk.safeguardcases.application.investigation.PolicyStatement;
import uk.safeguardcases.application.investigation.PolicyStatements;
import uk.safeguardcases.domain.cases.SafeguardingCase;

/** The declarations' answer to what the member of a case had declared, for the case page and the referral pack. */
@ApplicationScoped
public class DeclarationStatements implements PolicyStatements {

    @Inject
    private CaseDeclarations declarations;

    @Override
    public PolicyStatement forCase(String reference, Locale language) {
        return declarations.forCase(reference, language);
    }

    @Override
    public PolicyStatement statementFor(SafeguardingCase c, Locale language) {
        return declarations.statementFor(c, language);
    }
}
