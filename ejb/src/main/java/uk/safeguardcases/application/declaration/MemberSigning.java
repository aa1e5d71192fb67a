package uk.safeguardcases.application.declaration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.declaration.Declaration;
import uk.safeguardcases.domain.declaration.DeclarationProcess;
import uk.safeguardcases.domain.declaration.DeclarationRepository;
import uk.safeguardcases.domain.declaration.DeclarationStatus;
import uk.safeguardcases.domain.declaration.PolicyVersion;
import uk.safeguardcases.domain.organisation.OrganisationRepository;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * The member, in the portal: their declarations, and signing the Employee Declaration Form (Appendix 1) with their
 * name, job title, department and contact number, naming the manager who countersigns it.
 */
@Stateless
public class MemberSigning {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private DeclarationRepository declarations;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private PersonRepository people;

    @Inject
    private BoardRepository boards;

    @Inject
    private Processes processes;

    @Inject
    private TimelineService timeline;

    @Inject
    private DeclarationMail mail;

    @Inject
    private CaseLookup cases;

    /** The caller's declarations, the one to sign first (with its clauses), then the rest, newest version first. */
    public List<MemberDeclaration> mine() {
        Caller caller = CallerContext.require(Role.MEMBER);
        Long personId = cases.personIdOf(caller);
        if (personId == null) {
            return List.of();
        }
        List<Declaration> own = declarations.ofPerson(personId);
        Map<Long, String> managers = DeclarationViews.namesOf(people,
                own.stream().map(Declaration::managerPersonId).toList());
        String organisation = organisationName(caller.organisationId());
        return own.stream()
                .sorted(Comparator.comparing((Declaration d) -> d.open() ? 0 : 1)
                        .thenComparing(Declaration::policyVersionId, Comparator.reverseOrder()))
                .map(d -> view(d, declarations.version(d.policyVersionId()).orElseThrow(), organisation,
                        managers.get(d.managerPersonId()), d.open()))
                .toList();
    }

    /** What the form starts with: the member's name, and what they wrote on their last declaration. */
    public DeclarationForm lastForm() {
        Caller caller = CallerContext.require(Role.MEMBER);
        Long personId = cases.personIdOf(caller);
        Person me = personId == null ? null : people.byId(personId).orElse(null);
        if (me == null) {
            return new DeclarationForm(caller.displayName(), "", "", "", null);
        }
        Declaration last = declarations.ofPerson(personId).stream().filter(d -> d.declaredAt() != null).findFirst()
                .orElse(null);
        return last == null ? new DeclarationForm(me.displayName(), "", "", "", me.managerPersonId())
                : new DeclarationForm(me.displayName(), last.jobTitle(), last.department(), last.contactNumber(),
                        me.managerPersonId());
    }

    /** Whom the member may name as their manager: the other active people of their organisation on the board. */
    public List<ManagerChoice> managerChoices() {
        Caller caller = CallerContext.require(Role.MEMBER);
        if (caller.organisationId() == null) {
            return List.of();
        }
        return people.activeOfOrganisationBut(caller.organisationId(), caller.username(), 1000).stream()
                .filter(p -> !p.roles().contains(Role.HR) || p.roles().contains(Role.MEMBER))
                .map(p -> new ManagerChoice(p.id(), p.displayName())).toList();
    }

    /**
     * The member signs the Employee Declaration Form. Their manager becomes part of their record and is asked to
     * countersign.
     */
    public void declare(long declarationId, DeclarationForm form) {
        Caller caller = CallerContext.require(Role.MEMBER);
        Long personId = cases.personIdOf(caller);
        Declaration declaration = declarations.byId(declarationId).filter(d -> d.personId().equals(personId))
                .orElseThrow(() -> new NotFoundException(Texts.text("notFound.declaration")));
        if (!declaration.open()) {
            throw new TaskAlreadyDoneException(declaration.status() == DeclarationStatus.SUPERSEDED
                    ? DeclarationWords.text("declaration.superseded")
                    : DeclarationWords.text("declaration.alreadySigned"));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String name = text(problems, "name", form.name(), 200, DeclarationWords.text("declaration.name.missing"));
        String jobTitle = text(problems, "jobTitle", form.jobTitle(), 200,
                DeclarationWords.text("declaration.jobTitle.missing"));
        String department = text(problems, "department", form.department(), 200,
                DeclarationWords.text("declaration.department.missing"));
        String contact = text(problems, "contactNumber", form.contactNumber(), 40,
                DeclarationWords.text("declaration.contactNumber.missing"));
        if (!contact.isEmpty() && !problems.containsKey("contactNumber") && !Declaration.contactNumberValid(contact)) {
            problems.put("contactNumber", DeclarationWords.text("declaration.contactNumber.invalid"));
        }
        Person manager = form.managerPersonId() == null ? null : managerChoices().stream()
                .filter(m -> m.id().equals(form.managerPersonId())).findFirst()
                .flatMap(m -> people.byId(m.id())).orElse(null);
        if (manager == null) {
            problems.put("manager", form.managerPersonId() == null
                    ? DeclarationWords.text("declaration.manager.missing")
                    : DeclarationWords.text("declaration.manager.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        declaration.declare(name, jobTitle, department, contact, manager.id(), now);
        people.byId(personId).ifPresent(me -> me.managedBy(manager.id()));
        DeclarationTasks.complete(processes, declaration, DeclarationProcess.DECLARE, caller.username(),
                Map.of(DeclarationProcess.MANAGER, manager.username()));
        PolicyVersion version = declarations.version(declaration.policyVersionId()).orElseThrow();
        timeline.record(null, AuditAction.DECLARATION_SIGNED, name + " signed the Employee Declaration Form for"
                + " version " + version.number() + ", naming " + manager.displayName() + " as their manager.");
        mail.toCountersign(manager, name, version.number(), version.title());
    }

    private MemberDeclaration view(Declaration d, PolicyVersion v, String organisation, String managerName,
            boolean withClauses) {
        boolean welsh = Texts.isWelsh(CallerContext.current().language());
        List<ClauseLine> clauses = !withClauses ? List.of() : v.clauses().stream().map(c -> {
            boolean inWelsh = welsh && !Texts.welshMissing(c.textCy());
            return new ClauseLine(c.reference(), inWelsh && !Texts.welshMissing(c.sectionCy()) ? c.sectionCy()
                    : c.section(), inWelsh ? c.textCy() : c.text(), inWelsh ? "cy" : "en");
        }).toList();
        return new MemberDeclaration(d.id(), v.number(),
                DeclarationViews.titleIn(boards.current(), CallerContext.language(), v), v.effectiveFrom(),
                organisation, clauses,
                d.status(), d.askedAt(), d.declaredAt(), d.declaredName(), d.jobTitle(), d.department(),
                d.contactNumber(), managerName, d.countersignedAt());
    }

    /** The organisation whose disciplinary procedure applies (the board's own for nobody's), as the reader reads it. */
    private String organisationName(Long organisationId) {
        Board board = boards.current();
        String boardName = Texts.wording(board.name(), board.nameCy());
        if (organisationId == null) {
            return boardName;
        }
        return organisations.byId(organisationId).map(o -> Texts.wording(o.name(), o.nameCy())).orElse(boardName);
    }

    private static String text(Map<String, String> problems, String field, String value, int max, String whenMissing) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            problems.put(field, whenMissing);
        } else if (trimmed.length() > max) {
            problems.put(field, Texts.text("input.tooLong", max));
        }
        return trimmed;
    }
}
