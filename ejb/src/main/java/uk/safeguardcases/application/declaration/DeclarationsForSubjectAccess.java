package uk.safeguardcases.application.declaration;

import static uk.safeguardcases.domain.access.SubjectAccessPart.when;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.safeguardcases.domain.access.SubjectAccessPart;
import uk.safeguardcases.domain.access.SubjectAccessRequest;
import uk.safeguardcases.domain.declaration.DeclarationRepository;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;

/**
 * A person's Employee Declaration Forms (NSCB Appendix 1) in their subject access answer: what they signed, and who
 * countersigned it.
 */
@ApplicationScoped
public class DeclarationsForSubjectAccess implements SubjectAccessPart {

    @Inject
    private DeclarationRepository records;

    @Inject
    private PersonRepository people;

    @Override
    public String key() {
        return "policyDeclarations";
    }

    @Override
    public List<Object> gather(SubjectAccessRequest request, Person account, Set<String> logins) {
        List<Object> declarations = new ArrayList<>();
        if (account != null) {
            List<uk.safeguardcases.domain.declaration.Declaration> own = records.ofPersonOldestFirst(account.id());
            Map<Long, uk.safeguardcases.domain.declaration.PolicyVersion> versions = new HashMap<>();
            if (!own.isEmpty()) {
                records.versions(own.stream().map(uk.safeguardcases.domain.declaration.Declaration::policyVersionId)
                        .distinct().toList()).forEach(v -> versions.put(v.id(), v));
            }
            for (uk.safeguardcases.domain.declaration.Declaration d : own) {
                uk.safeguardcases.domain.declaration.PolicyVersion v = versions.get(d.policyVersionId());
                if (v == null) {
                    continue;
                }
                Map<String, Object> declaration = new LinkedHashMap<>();
                declaration.put("policyVersion", v.number() + " – " + v.title());
                declaration.put("asked", when(d.askedAt()));
                declaration.put("state", switch (d.status()) {
                    case ASKED -> "not signed yet";
                    case DECLARED -> "signed, waiting for the manager's countersignature";
                    case COUNTERSIGNED -> "signed and countersigned";
                    case SUPERSEDED -> "not signed before a later version was published";
                });
                if (d.declaredAt() != null) {
                    declaration.put("signed", when(d.declaredAt()));
                    declaration.put("name", d.declaredName());
                    declaration.put("jobTitle", d.jobTitle());
                    declaration.put("department", d.department());
                    declaration.put("contactNumber", d.contactNumber());
                    Person manager = d.managerPersonId() == null ? null : people.byId(d.managerPersonId()).orElse(null);
                    declaration.put("manager", manager == null ? null : manager.displayName());
                }
                if (d.countersignedAt() != null) {
                    declaration.put("countersigned", when(d.countersignedAt()));
                }
                declarations.add(declaration);
            }
        }
        return declarations;
    }
}
