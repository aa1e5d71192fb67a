package uk.safeguardcases.application.board;

import uk.safeguardcases.application.Texts;

import uk.safeguardcases.domain.organisation.OrganisationRepository;
import jakarta.inject.Inject;
import uk.safeguardcases.domain.board.BoardRepository;
import jakarta.ejb.Stateless;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import java.util.stream.Collectors;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.clause.ClauseRepository;
import uk.safeguardcases.domain.organisation.ParentOrganisation;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/** The caller's own board: its profile, policy clauses, parent organisations and people. */
@Stateless
public class BoardService {

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private BoardRepository boards;

    @Inject
    private ClauseRepository clauses;

    @Inject
    private PersonRepository people;

    @Inject
    private jakarta.enterprise.inject.Instance<EnglishOnlyNames> englishOnlyNames;

    public BoardProfile currentBoard() {
        Caller caller = CallerContext.current();
        Board board = boards.current();
        return new BoardProfile(board.id(), Texts.wording(board.name(), board.nameCy()), board.shortName(),
                board.referencePrefix(), Texts.wording(board.policyTitle(), board.policyTitleCy()), board.primaryColour(), board.accentColour(), board.welshInterface());
    }

    /** Every signed-in person of the board may read its policy: the clauses in force (retired ones are not). */
    public List<ClauseView> clauses() {
        CallerContext.current();
        return clauses.inForce().stream()
                .map(ClauseView::of)
                .toList();
    }

    /** The organisations in use (a deactivated one is not offered for new cases). */
    public List<OrganisationView> organisations() {
        CallerContext.require(Role.OFFICER, Role.SENIOR, Role.ADMIN);
        return organisations.activeByName().stream()
                .map(BoardService::view)
                .toList();
    }

    /** The parent organisation of the caller (an HR partner or member). */
    public OrganisationView myOrganisation() {
        Caller caller = CallerContext.require(Role.HR, Role.MEMBER);
        ParentOrganisation organisation = caller.organisationId() == null ? null
                : organisations.byId(caller.organisationId()).orElse(null);
        if (organisation == null) {
            throw new IllegalStateException("Your account is not linked to an organisation; ask your board administrator.");
        }
        return view(organisation);
    }

    /** The most people {@link #findMembers} lists: enough to choose from; type more to narrow it. */
    public static final int MEMBERS_FOUND = 20;

    /**
     * The board's active members whose name, user name or organisation contains {@code words} (any case), for an
     * officer or senior raising a concern about one of them; at most {@link #MEMBERS_FOUND}, by name. Fewer than
     * two characters find nobody.
     */
    public List<MemberChoice> findMembers(String words) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        String wanted = words == null ? "" : words.strip().toLowerCase(java.util.Locale.ROOT);
        if (wanted.length() < 2) {
            return List.of();
        }
        String like = "%" + wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Map<Long, String> organisationNames = organisations.all().stream()
                .collect(Collectors.toMap(ParentOrganisation::id, o -> Texts.wording(o.name(), o.nameCy())));
        return people.membersLike(like, MEMBERS_FOUND).stream()
                .map(p -> new MemberChoice(p.username(), p.displayName(), p.organisationId(),
                        p.organisationId() == null ? "" : organisationNames.getOrDefault(p.organisationId(), ""),
                        p.id()))
                .toList();
    }

    public List<PersonView> people() {
        CallerContext.require(Role.ADMIN);
        Map<Long, String> organisationNames = organisations.all().stream()
                .collect(Collectors.toMap(ParentOrganisation::id, o -> Texts.wording(o.name(), o.nameCy())));
        return people.allByName().stream()
                .map(p -> new PersonView(p.id(), p.username(), p.displayName(), p.email(),
                        p.roles().stream().sorted(Comparator.naturalOrder()).map(Role::label)
                                .collect(Collectors.joining(", ")),
                        p.organisationId() == null ? "" : organisationNames.getOrDefault(p.organisationId(), ""),
                        p.active()))
                .toList();
    }

    private static OrganisationView view(ParentOrganisation o) {
        return new OrganisationView(o.id(), Texts.wording(o.name(), o.nameCy()), o.kind().label(), o.hrEmail());
    }

    /**
     * The board's own names a Welsh page shows in English because the board has given no Welsh for them: its name,
     * its policy's title, its organisations' names and its policy versions' titles (which have no Welsh of their
     * own; one that is the board's policy title reads in the Welsh given for that). Empty unless the caller reads
     * Welsh. Pages mark each as {@code lang="en"}, "Saesneg yn unig", wherever they show it.
     */
    public java.util.Set<String> englishOnlyNames() {
        if (!Texts.isWelsh(CallerContext.current().language())) {
            return java.util.Set.of();
        }
        Board board = boards.current();
        java.util.Set<String> names = new java.util.HashSet<>();
        if (missing(board.nameCy())) {
            names.add(board.name());
        }
        if (missing(board.policyTitleCy())) {
            names.add(board.policyTitle());
        }
        names.addAll(organisations.namesWithoutWelsh());
        englishOnlyNames.forEach(process -> names.addAll(process.of(board)));
        names.removeIf(name -> name == null || name.isBlank());
        return names;
    }

    private static boolean missing(String welsh) {
        return welsh == null || welsh.isBlank();
    }
}
