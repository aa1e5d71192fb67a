package uk.safeguardcases.application.declaration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Policy declarations (NSCB guidance and model policy 4.2, 5.1, 11 and Appendix 1), as the administration's and the
 * portal's pages ask for them: a board administrator publishes a version of the policy ({@link PolicyVersions});
 * every member of the board's organisations is asked to complete the Employee Declaration Form
 * ({@link AskingMembers}); the member signs it in the portal naming their manager ({@link MemberSigning}), who
 * countersigns ({@link Countersigning}); the member is reminded at 7 and 14 days and their manager told at 21, the
 * policy's owner reminded of its review date ({@link DeclarationChasing}); the board follows the completion
 * ({@link DeclarationCompletion}); every investigation says whether its member had declared the version in force when
 * the conduct happened ({@link CaseDeclarations}). Everything is the caller's board's only. Each use case is its own
 * service; this one answers the pages in one transaction each, as they have always asked.
 */
@Stateless
public class PolicyDeclarations {

    @Inject
    private PolicyVersions versions;

    @Inject
    private DeclarationCompletion completion;

    @Inject
    private MemberSigning signing;

    @Inject
    private Countersigning countersigning;

    /** {@link PolicyVersions#publish}. */
    public int publish(PolicyVersionDetails input) {
        return versions.publish(input);
    }

    /** {@link PolicyVersions#versions}. */
    public List<PolicyVersionView> versions() {
        return versions.versions();
    }

    /** {@link PolicyVersions#possibleOwners}. */
    public List<ManagerChoice> possibleOwners() {
        return versions.possibleOwners();
    }

    /** {@link DeclarationCompletion#completion}. */
    public Optional<Completion> completion() {
        return completion.completion();
    }

    /** {@link DeclarationCompletion#exportCompletion}. */
    public List<DeclarationRecord> exportCompletion() {
        return completion.exportCompletion();
    }

    /** {@link MemberSigning#mine}. */
    public List<MemberDeclaration> mine() {
        return signing.mine();
    }

    /** {@link MemberSigning#lastForm}. */
    public DeclarationForm lastForm() {
        return signing.lastForm();
    }

    /** {@link MemberSigning#managerChoices}. */
    public List<ManagerChoice> managerChoices() {
        return signing.managerChoices();
    }

    /** {@link MemberSigning#declare}. */
    public void declare(long declarationId, DeclarationForm form) {
        signing.declare(declarationId, form);
    }

    /** {@link Countersigning#toCountersign}. */
    public List<ToCountersign> toCountersign() {
        return countersigning.toCountersign();
    }

    /** {@link Countersigning#countersign}. */
    public void countersign(long declarationId) {
        countersigning.countersign(declarationId);
    }
}
