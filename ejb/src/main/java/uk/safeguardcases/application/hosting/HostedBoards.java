package uk.safeguardcases.application.hosting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.hosting.BoardSuspension;
import uk.safeguardcases.domain.hosting.HostingAction;
import uk.safeguardcases.domain.hosting.HostingRepository;
import uk.safeguardcases.domain.hosting.OperatorLogEntry;
import uk.safeguardcases.domain.organisation.OrganisationKind;

/**
 * The boards as the hosting operator runs them: creates a board, invites its first administrator, suspends and
 * resumes it, and reads every board's health without its content. Every method is the signed-in operator's only.
 * What is done to a board is written on the board's own timeline too, with the operator's name, so the board sees it.
 */
@Stateless
public class HostedBoards {

    /** How long an administrator's invitation opens. */
    public static final java.time.Duration INVITATION_VALID_FOR = java.time.Duration.ofDays(7);

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]{1,19}");
    private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9]{1,9}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{2,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final String GENESIS = "0".repeat(64);

    @Inject
    private HostingRepository hosting;

    @Inject
    private BoardRepository boards;

    @Inject
    private Clock clock;

    @Inject
    private BoardEngine engine;

    @Inject
    private BoardHealthReadModel health;

    @Inject
    private TimelineService timeline;

    @Inject
    private HostingBoardWork boardWork;

    @Inject
    private jakarta.enterprise.inject.Instance<HostedCounts> processCounts;

    /** Every board's health, in counts and times. */
    public List<BoardHealth> boards() {
        OperatorCallers.requireOperator();
        return health.all();
    }

    /** Each process's own counts of its records, by board (how many, never what they hold), in the order registered. */
    public List<HostedCount> counts() {
        OperatorCallers.requireOperator();
        List<HostedCount> counted = new ArrayList<>();
        for (HostedCounts process : processCounts) {
            process.byBoard().forEach((key, byBoard) -> counted.add(new HostedCount(process.bundle(), key,
                    Map.copyOf(byBoard))));
        }
        return counted;
    }

    /** Creates a board with its first organisations, its audit chain and its processes. */
    public void create(NewBoard board) {
        String operator = OperatorCallers.requireOperator();
        Map<String, String> problems = new LinkedHashMap<>();
        String code = trimmed(board.code());
        if (!CODE.matcher(code).matches()) {
            problems.put("code", HostingWords.text("board.code"));
        } else if (hosting.boardExists(code)) {
            problems.put("code", HostingWords.text("board.codeTaken", code));
        }
        String prefix = trimmed(board.referencePrefix()).toUpperCase(Locale.ROOT);
        if (!PREFIX.matcher(prefix).matches()) {
            problems.put("referencePrefix", HostingWords.text("board.prefix"));
        } else if (hosting.prefixTaken(prefix)) {
            problems.put("referencePrefix", HostingWords.text("board.prefixTaken", prefix));
        }
        String name = required(problems, "name", board.name(), 200);
        String shortName = required(problems, "shortName", board.shortName(), 40);
        String policyTitle = required(problems, "policyTitle", board.policyTitle(), 300);
        String nameCy = board.welsh() ? required(problems, "nameCy", board.nameCy(), 200)
                : optional(problems, "nameCy", board.nameCy(), 200);
        String policyTitleCy = board.welsh() ? required(problems, "policyTitleCy", board.policyTitleCy(), 400)
                : optional(problems, "policyTitleCy", board.policyTitleCy(), 400);
        List<NewBoard.Organisation> organisations = organisations(problems, board.organisations());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        hosting.addBoard(code, name, shortName, prefix, policyTitle, board.welsh(), nameCy, policyTitleCy, GENESIS);
        // Written as rows, not as the board's entities: this transaction's session belongs to no board (the
        // operator's), and an entity's board is the session's.
        for (NewBoard.Organisation organisation : organisations) {
            hosting.addOrganisation(code, organisation.name(), organisation.kind(), organisation.hrEmail(),
                    organisation.nameCy());
        }
        Instant now = Instant.now(clock);
        CallerContext.runAs(asOperatorOf(code), () -> timeline.record(null, HostingAction.BOARD_CREATED, name
                + " (" + code + ", references " + prefix + "); " + (board.welsh() ? "English and Welsh" : "English")
                + "; organisations: " + String.join(", ", organisations.stream()
                        .map(NewBoard.Organisation::name).toList())));
        hosting.log(new OperatorLogEntry(now, operator, OperatorLogEntry.Action.BOARD_CREATED, code, name));
        hosting.writeNow();
        engine.deploy(code);
    }

    /** The organisations given, cleaned, as their rows will be written; each problem against its row. */
    private List<NewBoard.Organisation> organisations(Map<String, String> problems,
            List<NewBoard.Organisation> given) {
        List<NewBoard.Organisation> organisations = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        int row = 0;
        for (NewBoard.Organisation organisation : given == null ? List.<NewBoard.Organisation>of() : given) {
            row++;
            if (organisation == null || organisation.blank()) {
                continue;
            }
            String field = "organisation" + row;
            String name = trimmed(organisation.name());
            String email = trimmed(organisation.hrEmail());
            String welsh = trimmed(organisation.nameCy());
            OrganisationKind kind = kind(organisation.kind());
            if (name.isEmpty() || name.length() > 200) {
                problems.put(field, HostingWords.text("board.organisationName", row));
            } else if (!names.add(name.toLowerCase(Locale.ROOT))) {
                problems.put(field, HostingWords.text("board.organisationTwice", name));
            } else if (kind == null) {
                problems.put(field, HostingWords.text("board.organisationKind", row));
            } else if (!EMAIL.matcher(email).matches() || email.length() > 200) {
                problems.put(field, HostingWords.text("board.organisationEmail", name));
            } else if (welsh.length() > 200) {
                problems.put(field, HostingWords.text("board.tooLong", 200));
            } else {
                organisations.add(new NewBoard.Organisation(name, kind.name(), email, welsh.isEmpty() ? null : welsh));
            }
        }
        if (organisations.isEmpty() && problems.keySet().stream().noneMatch(k -> k.startsWith("organisation"))) {
            problems.put("organisation1", HostingWords.text("board.organisationNone"));
        }
        return organisations;
    }

    private static OrganisationKind kind(String name) {
        try {
            return name == null || name.isBlank() ? OrganisationKind.OTHER : OrganisationKind.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Invites a board's administrator: their account (no password anyone knows until they choose one) and an e-mail,
     * in the board's languages, with a link that opens once within {@link #INVITATION_VALID_FOR}. The board requires
     * a second factor of administrators, so after the password they set one up before anything else.
     */
    public void inviteAdministrator(String code, String username, String displayName, String email) {
        String operator = OperatorCallers.requireOperator();
        Board board = board(code);
        Map<String, String> problems = new LinkedHashMap<>();
        String cleanUsername = trimmed(username);
        if (!USERNAME.matcher(cleanUsername).matches()) {
            problems.put("username", HostingWords.text("invite.username"));
        } else if (hosting.usernameTaken(cleanUsername)) {
            problems.put("username", HostingWords.text("invite.usernameTaken", cleanUsername));
        }
        String name = required(problems, "displayName", displayName, 200);
        String address = trimmed(email);
        if (!EMAIL.matcher(address).matches() || address.length() > 200) {
            problems.put("email", HostingWords.text("invite.email"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = Instant.now(clock);
        // The person, their link and the e-mail are the board's records: written in a transaction of the board's own
        // (this one's session belongs to no board), as the operator acting on that board.
        CallerContext.runAs(asOperatorOf(board.id()), () -> boardWork.invite(board, cleanUsername, name, address,
                now));
        hosting.log(new OperatorLogEntry(now, operator, OperatorLogEntry.Action.ADMINISTRATOR_INVITED, board.id(),
                cleanUsername));
    }

    /**
     * Suspends a board: its people cannot sign in (those signed in are signed out within half a minute), its public
     * page says it is closed, its e-mails wait in the outbox and its processes' timers wait in the engine.
     */
    public void suspend(String code, String reason) {
        String operator = OperatorCallers.requireOperator();
        Board board = board(code);
        String why = trimmed(reason);
        if (why.isEmpty() || why.length() > 1000) {
            throw new InvalidInputException(Map.of("reason", HostingWords.text("suspend.reason")));
        }
        if (hosting.suspension(board.id()).isPresent()) {
            throw new InvalidInputException(Map.of("reason", HostingWords.text("suspend.already", board.id())));
        }
        Instant now = Instant.now(clock);
        hosting.add(new BoardSuspension(board.id(), now, operator, why));
        hosting.log(new OperatorLogEntry(now, operator, OperatorLogEntry.Action.BOARD_SUSPENDED, board.id(), why));
        CallerContext.runAs(asOperatorOf(board.id()), () -> timeline.record(null, HostingAction.BOARD_SUSPENDED,
                why));
        hosting.writeNow();
        engine.suspend(board.id());
    }

    /** Resumes a suspended board: sign-in opens, and the timers and e-mails that fell due meanwhile go, once each. */
    public void resume(String code) {
        String operator = OperatorCallers.requireOperator();
        Board board = board(code);
        BoardSuspension suspension = hosting.suspension(board.id()).orElse(null);
        if (suspension == null) {
            throw new InvalidInputException(Map.of("code", HostingWords.text("resume.notSuspended", board.id())));
        }
        Instant now = Instant.now(clock);
        hosting.remove(suspension);
        hosting.log(new OperatorLogEntry(now, operator, OperatorLogEntry.Action.BOARD_RESUMED, board.id(), null));
        CallerContext.runAs(asOperatorOf(board.id()), () -> timeline.record(null, HostingAction.BOARD_RESUMED,
                "Suspended since " + suspension.suspendedAt()));
        hosting.writeNow();
        engine.resume(board.id());
    }

    private Board board(String code) {
        String id = trimmed(code);
        Board board = id.isEmpty() || id.length() > 20 ? null : boards.byId(id).orElse(null);
        if (board == null) {
            throw new InvalidInputException(Map.of("code", HostingWords.text("board.unknown", id)));
        }
        return board;
    }

    /** The operator, acting on one board's records (its timeline, organisations, a new person), with no board role. */
    private static Caller asOperatorOf(String board) {
        Caller operator = CallerContext.current();
        return new Caller(operator.username(), operator.displayName(), board, Set.of(), null);
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }

    private static String required(Map<String, String> problems, String field, String text, int most) {
        String clean = trimmed(text);
        if (clean.isEmpty()) {
            problems.put(field, HostingWords.text("board.required"));
        } else if (clean.length() > most) {
            problems.put(field, HostingWords.text("board.tooLong", most));
        }
        return clean;
    }

    private static String optional(Map<String, String> problems, String field, String text, int most) {
        String clean = trimmed(text);
        if (clean.length() > most) {
            problems.put(field, HostingWords.text("board.tooLong", most));
        }
        return clean.isEmpty() ? null : clean;
    }
}
