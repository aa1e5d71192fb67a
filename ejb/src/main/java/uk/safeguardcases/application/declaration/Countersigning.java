package uk.safeguardcases.application.declaration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.declaration.Declaration;
import uk.safeguardcases.domain.declaration.DeclarationProcess;
import uk.safeguardcases.domain.declaration.DeclarationRepository;
import uk.safeguardcases.domain.declaration.DeclarationStatus;
import uk.safeguardcases.domain.declaration.PolicyVersion;
import uk.safeguardcases.domain.people.Role;

/**
 * The manager, in the portal: the declarations their team signed naming them, which they countersign (Appendix 1);
 * only the manager the member named, and once.
 */
@Stateless
public class Countersigning {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private DeclarationRepository declarations;

    @Inject
    private Processes processes;

    @Inject
    private TimelineService timeline;

    @Inject
    private CaseLookup cases;

    /** The declarations of the caller's team waiting for their countersignature, oldest first. */
    public List<ToCountersign> toCountersign() {
        Caller caller = CallerContext.require(Role.MEMBER);
        Long personId = cases.personIdOf(caller);
        if (personId == null) {
            return List.of();
        }
        List<Declaration> waiting = declarations.awaitingCountersignatureBy(personId);
        Map<Long, PolicyVersion> versions = new HashMap<>();
        return waiting.stream().map(d -> {
            PolicyVersion v = versions.computeIfAbsent(d.policyVersionId(),
                    id -> declarations.version(id).orElseThrow());
            return new ToCountersign(d.id(), d.declaredName(), v.number(), v.title(), d.declaredAt(), d.jobTitle(),
                    d.department(), d.contactNumber());
        }).toList();
    }

    /** The manager countersigns a team member's declaration: the form is complete. */
    public void countersign(long declarationId) {
        Caller caller = CallerContext.require(Role.MEMBER);
        Long personId = cases.personIdOf(caller);
        Declaration declaration = declarations.byId(declarationId).filter(d -> d.toBeCountersignedBy(personId))
                .orElseThrow(() -> new NotFoundException(Texts.text("notFound.declaration")));
        if (declaration.status() != DeclarationStatus.DECLARED) {
            throw new TaskAlreadyDoneException(DeclarationWords.text("declaration.alreadyCountersigned"));
        }
        declaration.countersign(caller.username(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        DeclarationTasks.complete(processes, declaration, DeclarationProcess.COUNTERSIGN, caller.username(),
                Map.of());
        PolicyVersion version = declarations.version(declaration.policyVersionId()).orElseThrow();
        timeline.record(null, AuditAction.DECLARATION_COUNTERSIGNED, caller.displayName() + " countersigned "
                + declaration.declaredName() + "’s declaration of version " + version.number() + ".");
    }
}
