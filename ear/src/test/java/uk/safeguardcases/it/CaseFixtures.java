package uk.safeguardcases.it;

import jakarta.enterprise.inject.spi.CDI;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Base64;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.investigation.AllegationService;
import uk.safeguardcases.application.investigation.AuthorisationService;
import uk.safeguardcases.application.investigation.DecisionService;
import uk.safeguardcases.application.investigation.EvidenceInput;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.investigation.EvidenceView;
import uk.safeguardcases.application.investigation.ReferralService;
import uk.safeguardcases.application.investigation.RequestService;
import uk.safeguardcases.application.investigation.TriageInput;
import uk.safeguardcases.application.investigation.TriageService;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.allegation.AllegationCategory;
import uk.safeguardcases.domain.allegation.Severity;
import uk.safeguardcases.domain.cases.CaseOutcome;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.evidence.CaptureForm;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.referral.HrOutcome;
import uk.safeguardcases.domain.requests.MemberResponse;

/**
 * Cases walked to a step through the services, inside the server: each call acts as the demo person of the board
 * who would do it ({@code <board>.officer}, {@code .senior}, {@code .member}, {@code .hr}). The case is about the
 * board's demo member, in their organisation, so they can answer it.
 *
 * <p>A test that needs a case at some step asks for it in one call, {@code CaseFixtures.a("chscb").about("Rhys
 * Jones").at(CaseStatus.AWAITING_REMOVAL)}, and then does by hand only the steps it is about.
 */
final class CaseFixtures {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    static final String PASSWORD = "Safeguard-Demo-2026";
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /** A ZIP holding one file (an archive, or the container a .docx or .odt is): refused wherever it is uploaded. */
    static byte[] zipOf(String name, byte[] content) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private CaseFixtures() {
    }

    /**
     * A removal request of {@code board} on the case {@code caseId}, written straight to its table (past every check
     * of the services): a row another board's case may be made to point at.
     */
    static void insertRemovalRequest(javax.sql.DataSource dataSource, String board, long caseId) throws Exception {
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.PreparedStatement insert = connection.prepareStatement("insert into member_request (tenant_id,"
                        + " case_id, kind, sent_at, deadline, supervised_access) values (?, ?, 'REMOVAL', ?, ?, false)")) {
            insert.setString(1, board);
            insert.setLong(2, caseId);
            insert.setTimestamp(3, java.sql.Timestamp.from(Instant.now()));
            insert.setTimestamp(4, java.sql.Timestamp.from(Instant.now().plus(5, ChronoUnit.DAYS)));
            insert.executeUpdate();
        }
    }

    static <T> T bean(Class<T> type) {
        return CDI.current().select(type).get();
    }

    static Caller caller(String username) {
        return bean(PeopleDirectory.class).callerFor(username).orElseThrow();
    }

    static <T> T as(String username, Callable<T> work) {
        return CallerContext.runAs(caller(username), work);
    }

    static void as(String username, Runnable work) {
        CallerContext.runAs(caller(username), work);
    }

    /** The server's own address, for talking to the pages from inside it. */
    static URI base() {
        return URI.create("http://localhost:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/");
    }

    static Browser signedIn(String username) {
        Browser browser = new Browser(base());
        browser.signIn(username, PASSWORD);
        return browser;
    }

    /** A concern the board's officer raises about the board's demo member; returns the reference. */
    static String raise(String board, String subjectName, String summary) {
        Long organisation = caller(board + ".member").organisationId();
        return as(board + ".officer", () -> bean(CaseService.class).raiseConcern(new NewConcern(subjectName,
                organisation, CaseSource.COLLEAGUE_REPORT, summary, board + ".member")).reference());
    }

    static void triage(String board, String ref, boolean harmThresholdMet) {
        as(board + ".officer", () -> bean(TriageService.class).recordTriage(ref, new TriageInput(false, null, false,
                null, false, null, harmThresholdMet, TriageDecision.INVESTIGATE, "Likely breach; investigate.")));
    }

    /**
     * The referral tests' case: a public complaint about photographs of a service user's family, alleging the board's
     * photographs clause (CHSCB 3.5(d), else 8.1), one public Facebook post captured, the member's admission and the
     * breach confirmed; walk it on with {@code .at(step)}.
     */
    static Walk photographsPosted(String board, Long organisationId, String subject) {
        return a(board).about(subject).inOrganisation(organisationId)
                .raisedFrom(CaseSource.PUBLIC_COMPLAINT, "Photographs of a service user's family posted without consent.")
                .triageNote("Consent not given.")
                .alleging(board.equals("chscb") ? "3.5(d)" : "8.1", Severity.HIGH,
                        "Three photographs of a family known through work.")
                .withEvidence(EvidenceInput.text("https://www.facebook.com/posts/4711", Platform.FACEBOOK,
                        "Look who I met at work today", Instant.now().minus(1, ChronoUnit.HOURS),
                        CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.TEXT_COPIED, true))
                .gathered("One public post captured.")
                .statement("I posted them; I have taken them down.")
                .findings("Breach of 3.5(d) confirmed: photographs posted without consent.");
    }

    /** A concern the board's officer closes at triage with no further action; returns its reference once closed. */
    static String closedAtTriage(String board, String subjectName) {
        String ref = raise(board, subjectName, "A colleague reported a post by " + subjectName + ".");
        as(board + ".officer", () -> bean(TriageService.class).recordTriage(ref, new TriageInput(false, null, false,
                null, false, null, false, TriageDecision.NO_FURTHER_ACTION, "Nothing to investigate.")));
        awaitStep(board, ref, CaseStatus.CLOSED);
        return ref;
    }

    /** An allegation citing the board's first clause. */
    static void allege(String board, String ref, String particulars) {
        allege(board, ref, 0, particulars);
    }

    /** An allegation citing the board's clause at {@code index} in its policy's order. */
    static void allege(String board, String ref, int index, String particulars) {
        Long clause = as(board + ".officer", () -> bean(BoardService.class).clauses()).get(index).id();
        as(board + ".officer", () -> bean(AllegationService.class).allege(ref, clause,
                AllegationCategory.IMAGES_WITHOUT_CONSENT, Severity.MEDIUM, null, particulars));
    }

    static EvidenceView captureText(String board, String ref, String text, boolean shownToMember) {
        return as(board + ".officer", () -> bean(EvidenceService.class).capture(ref, EvidenceInput.text(
                "https://www.facebook.com/fixture/posts/" + Math.abs(text.hashCode()), Platform.FACEBOOK, text,
                Instant.now().minusSeconds(600), CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.TEXT_COPIED, true)
                .withShownToMember(shownToMember)));
    }

    static EvidenceView capturePng(String board, String ref, String fileName, boolean shownToMember) {
        return as(board + ".officer", () -> bean(EvidenceService.class).capture(ref, EvidenceInput.file(null,
                Platform.INSTAGRAM, fileName, "image/png", PNG, Instant.now().minusSeconds(300),
                CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.SCREENSHOT, true).withShownToMember(shownToMember)));
    }

    /** Raised, triaged (investigate), authorised and gathered: the removal request waits for the member. */
    static String awaitingRemoval(String board, String subjectName) {
        return a(board).about(subjectName)
                .alleging("Posted a photograph of a family without their consent.")
                .withEvidence(textPost("Public post by " + subjectName + " showing a family at a contact centre.")
                        .withShownToMember(true))
                .gathered("One public post captured.")
                .at(CaseStatus.AWAITING_REMOVAL).reference();
    }

    /** A public Facebook post, seen ten minutes ago, as the officer would capture it. */
    static EvidenceInput textPost(String text) {
        return EvidenceInput.text("https://www.facebook.com/fixture/posts/" + Math.abs(text.hashCode()),
                Platform.FACEBOOK, text, Instant.now().minusSeconds(600), CaptureMethod.PUBLIC_PAGE_VIEWED,
                CaptureForm.TEXT_COPIED, true);
    }

    /** A new case of {@code board} (its id, e.g. {@code "chscb"}), to be walked to a step with {@link Walk#at}. */
    static Walk a(String board) {
        return new Walk(board);
    }

    /** The case a walk left at its step, and the evidence captured on the way. */
    record WalkedCase(String board, String reference, List<EvidenceView> evidence) {
    }

    /**
     * How a case goes through the investigation, step by step, by the people of its board who would do each step:
     * raised by the officer; triaged (investigate); authorised by the senior (four eyes); evidence captured and
     * gathering finished; the removal request answered by the member (removed); their statement given; removal
     * verified; a disciplinary referral decided by the officer and approved by the senior; acknowledged by HR; and
     * the outcome recorded, which closes the case. Side steps: the harm threshold met (the LADO referral, made
     * when walking on), the removal contested (and the contest rejected, when walking on), more time asked for
     * (and given, when walking on). A test sets the texts it asserts on; the rest is plain, plausible text.
     */
    static final class Walk {

        private final String board;
        private String subject = "Morgan Evans";
        private Long organisation;
        private CaseSource source = CaseSource.COLLEAGUE_REPORT;
        private String summary;
        private String triageNote = "Likely breach; investigate.";
        private boolean harmThresholdMet;
        private final List<Runnable> allegations = new ArrayList<>();
        private final List<EvidenceInput> evidence = new ArrayList<>();
        private String gathered = "Evidence captured.";
        private String[] moreTime;
        private String[] contest;
        private String statement = "I posted it without thinking and have taken it down.";
        private boolean acceptsInterview;
        private String findings = "A breach of the policy; refer to the employer.";
        private String verification = "The post is gone.";
        private String approval = "Referral approved.";
        private String reference;
        private java.util.function.Supplier<String> raising;

        private Walk(String board) {
            this.board = board;
        }

        /** The case is raised by {@code raise} (which answers its reference) rather than by the board's officer. */
        Walk raisedBy(java.util.function.Supplier<String> raise) {
            this.raising = raise;
            return this;
        }

        /** Whom the concern is about (by default Morgan Evans). */
        Walk about(String subjectName) {
            this.subject = subjectName;
            return this;
        }

        /** The parent organisation of the person concerned (by default the board's demo member's). */
        Walk inOrganisation(Long organisationId) {
            this.organisation = organisationId;
            return this;
        }

        /** How the concern came in and what it says (by default a colleague's report of a public post). */
        Walk raisedFrom(CaseSource how, String concern) {
            this.source = how;
            this.summary = concern;
            return this;
        }

        /** The officer's note at triage. */
        Walk triageNote(String note) {
            this.triageNote = note;
            return this;
        }

        /** At triage the harm threshold is met: the LADO referral is due next, and made when walking on. */
        Walk harmThresholdMet() {
            this.harmThresholdMet = true;
            return this;
        }

        /** An allegation citing the board's first clause, made after triage. */
        Walk alleging(String particulars) {
            allegations.add(() -> allege(board, reference, particulars));
            return this;
        }

        /** An allegation citing the board's clause {@code clauseReference} (e.g. "3.5(d)"), made after triage. */
        Walk alleging(String clauseReference, Severity severity, String particulars) {
            allegations.add(() -> {
                Long clause = as(board + ".officer", () -> bean(BoardService.class).clauses()).stream()
                        .filter(c -> c.reference().equals(clauseReference)).findFirst().orElseThrow().id();
                as(board + ".officer", () -> bean(AllegationService.class).allege(reference, clause,
                        AllegationCategory.IMAGES_WITHOUT_CONSENT, severity, null, particulars));
            });
            return this;
        }

        /** Evidence the officer captures once the investigation is authorised (by default none). */
        Walk withEvidence(EvidenceInput... items) {
            evidence.addAll(List.of(items));
            return this;
        }

        /** The officer's summary when evidence gathering is finished. */
        Walk gathered(String summaryOfEvidence) {
            this.gathered = summaryOfEvidence;
            return this;
        }

        /**
         * Before removing the content the member asks for more time ({@code asked}), and the officer gives two
         * working days more ({@code reason}).
         */
        Walk moreTimeGiven(String asked, String reason) {
            this.moreTime = new String[] {asked, reason};
            return this;
        }

        /**
         * Before removing the content the member contests the request ({@code reasons}), and the officer rejects
         * the contest ({@code rejection}); the member then removes it.
         */
        Walk contested(String reasons, String rejection) {
            this.contest = new String[] {reasons, rejection};
            return this;
        }

        /** The member also ticks "I accept an interview" in their answer to the co-operation request. */
        Walk acceptingInterview() {
            this.acceptsInterview = true;
            return this;
        }

        /** The member's statement when asked to co-operate. */
        Walk statement(String memberStatement) {
            this.statement = memberStatement;
            return this;
        }

        /** The officer's finding when verifying the removal. */
        Walk verification(String finding) {
            this.verification = finding;
            return this;
        }

        /** The senior's note approving the referral. */
        Walk approval(String note) {
            this.approval = note;
            return this;
        }

        /** The officer's findings with the decision to refer. */
        Walk findings(String officersFindings) {
            this.findings = officersFindings;
            return this;
        }

        /** Raises the case and walks it until it is at {@code step}; waits there for the process. */
        WalkedCase at(CaseStatus step) {
            Long organisationId = organisation != null ? organisation : caller(board + ".member").organisationId();
            String concern = summary != null ? summary : "A colleague reported a public post by " + subject + ".";
            reference = raising != null ? raising.get() : as(board + ".officer", () -> bean(CaseService.class)
                    .raiseConcern(new NewConcern(subject, organisationId, source, concern, board + ".member"))
                    .reference());
            List<EvidenceView> captured = new ArrayList<>();
            String ref = reference;
            boolean lado = harmThresholdMet || step == CaseStatus.AWAITING_LADO_REFERRAL;
            boolean adult = step == CaseStatus.AWAITING_ADULT_SAFEGUARDING_REPORT;
            CaseStatus now = CaseStatus.AWAITING_TRIAGE;
            awaitStep(board, ref, now);
            while (now != step) {
                now = switch (now) {
                    case AWAITING_TRIAGE -> {
                        as(board + ".officer", () -> bean(TriageService.class).recordTriage(ref, new TriageInput(false,
                                null, false, null, false, null, lado, TriageDecision.INVESTIGATE, triageNote, adult,
                                adult ? uk.safeguardcases.domain.cases.ConcernsWhom.ADULTS_AT_RISK : null)));
                        allegations.forEach(Runnable::run);
                        yield lado ? CaseStatus.AWAITING_LADO_REFERRAL : adult
                                ? CaseStatus.AWAITING_ADULT_SAFEGUARDING_REPORT : CaseStatus.AWAITING_AUTHORISATION;
                    }
                    case AWAITING_ADULT_SAFEGUARDING_REPORT -> {
                        as(board + ".officer", () -> bean(TriageService.class).recordAdultSafeguardingReport(ref,
                                "ASA-" + Math.abs(ref.hashCode())));
                        yield CaseStatus.AWAITING_AUTHORISATION;
                    }
                    case AWAITING_LADO_REFERRAL -> {
                        as(board + ".officer", () -> bean(TriageService.class).recordLadoReferral(ref,
                                "LADO-" + Math.abs(ref.hashCode())));
                        yield CaseStatus.AWAITING_AUTHORISATION;
                    }
                    case AWAITING_AUTHORISATION -> {
                        as(board + ".senior", () -> bean(AuthorisationService.class).decide(ref, true,
                                "Justifiable concern; open methods only."));
                        yield CaseStatus.GATHERING_EVIDENCE;
                    }
                    case GATHERING_EVIDENCE -> {
                        for (EvidenceInput item : evidence) {
                            captured.add(as(board + ".officer", () -> bean(EvidenceService.class).capture(ref, item)));
                        }
                        as(board + ".officer", () -> bean(EvidenceService.class).finishGathering(ref, gathered));
                        yield CaseStatus.AWAITING_REMOVAL;
                    }
                    case AWAITING_REMOVAL -> {
                        if (moreTime != null && step != CaseStatus.DECIDING_EXTENSION) {
                            as(board + ".member", () -> bean(RequestService.class).respondToRemoval(ref,
                                    MemberResponse.MORE_TIME, moreTime[0]));
                            awaitStep(board, ref, CaseStatus.DECIDING_EXTENSION);
                            as(board + ".officer", () -> bean(RequestService.class).decideExtension(ref, true, 2,
                                    moreTime[1]));
                            awaitStep(board, ref, CaseStatus.AWAITING_REMOVAL);
                        }
                        if (contest != null && step != CaseStatus.REVIEWING_CONTEST) {
                            as(board + ".member", () -> bean(RequestService.class).respondToRemoval(ref,
                                    MemberResponse.CONTESTED, contest[0]));
                            awaitStep(board, ref, CaseStatus.REVIEWING_CONTEST);
                            as(board + ".officer", () -> bean(RequestService.class).reviewContest(ref, false,
                                    contest[1]));
                            awaitStep(board, ref, CaseStatus.AWAITING_REMOVAL);
                        }
                        MemberResponse answer = switch (step) {
                            case REVIEWING_CONTEST -> MemberResponse.CONTESTED;
                            case DECIDING_EXTENSION -> MemberResponse.MORE_TIME;
                            default -> MemberResponse.REMOVED;
                        };
                        String text = switch (answer) {
                            case CONTESTED -> "The post is not about anyone I know through work.";
                            case MORE_TIME -> "I am away until Monday.";
                            default -> "Deleted it.";
                        };
                        as(board + ".member", () -> bean(RequestService.class).respondToRemoval(ref, answer, text));
                        yield switch (answer) {
                            case CONTESTED -> CaseStatus.REVIEWING_CONTEST;
                            case MORE_TIME -> CaseStatus.DECIDING_EXTENSION;
                            default -> CaseStatus.AWAITING_COOPERATION;
                        };
                    }
                    case AWAITING_COOPERATION -> {
                        as(board + ".member", () -> bean(RequestService.class).respondToCooperation(ref, statement,
                                acceptsInterview));
                        yield CaseStatus.VERIFYING_REMOVAL;
                    }
                    case VERIFYING_REMOVAL -> {
                        as(board + ".officer", () -> bean(DecisionService.class).verifyRemoval(ref,
                                verification));
                        yield CaseStatus.DECIDING_OUTCOME;
                    }
                    case DECIDING_OUTCOME -> {
                        as(board + ".officer", () -> bean(DecisionService.class).decideOutcome(ref,
                                CaseOutcome.DISCIPLINARY_REFERRAL, findings));
                        yield CaseStatus.AWAITING_REFERRAL_APPROVAL;
                    }
                    case AWAITING_REFERRAL_APPROVAL -> {
                        as(board + ".senior", () -> bean(DecisionService.class).approveReferral(ref, true,
                                approval));
                        yield CaseStatus.REFERRED_TO_HR;
                    }
                    case REFERRED_TO_HR -> {
                        as(board + ".hr", () -> bean(ReferralService.class).acknowledge(ref));
                        yield CaseStatus.AWAITING_HR_OUTCOME;
                    }
                    case AWAITING_HR_OUTCOME -> {
                        as(board + ".hr", () -> bean(ReferralService.class).recordOutcome(ref,
                                HrOutcome.WRITTEN_WARNING, LocalDate.now(UK), "Written warning at a hearing."));
                        yield CaseStatus.CLOSED;
                    }
                    case REVIEWING_CONTEST, DECIDING_EXTENSION, CLOSED -> throw new IllegalArgumentException(
                            "A walk does not go on from " + now + " to " + step);
                };
                awaitStep(board, ref, now);
            }
            return new WalkedCase(board, ref, List.copyOf(captured));
        }
    }

    /** The member answers the removal request; the case moves on to the step that answer leads to. */
    static void memberAnswers(String board, String ref, MemberResponse response, String text, CaseStatus next) {
        as(board + ".member", () -> bean(RequestService.class).respondToRemoval(ref, response, text));
        awaitStep(board, ref, next);
    }

    static CaseStatus stepOf(String board, String ref) {
        return as(board + ".officer", () -> bean(CaseService.class).findByReference(ref)).statusValue();
    }

    /**
     * Waits (up to 40 s) until the case is at {@code step}. The job executor normally gets there first; the
     * case's due jobs are run here too only when it is slow, so the two rarely race for the same job.
     */
    static void awaitStep(String board, String ref, CaseStatus step) {
        await(ref, () -> stepOf(board, ref) == step, ref + " at " + step + " (is " + stepOf(board, ref) + ")");
    }

    /**
     * Waits until a statement of the product's database waits for a row lock (another transaction holds it: a test's
     * own, left open), up to 30 s: PostgreSQL's {@code pg_stat_activity}, H2's {@code information_schema.sessions}.
     */
    static void awaitAStatementWaitingForALock(javax.sql.DataSource dataSource) {
        Waiting.waitingFor("a statement waiting for a lock").atMost(Duration.ofSeconds(30)).until(() -> {
            try (java.sql.Connection connection = dataSource.getConnection()) {
                boolean postgres = connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
                try (java.sql.ResultSet waiting = connection.createStatement().executeQuery(postgres
                        ? "select count(*) from pg_stat_activity where datname = current_database()"
                                + " and wait_event_type = 'Lock'"
                        : "select count(*) from information_schema.sessions where blocker_id is not null")) {
                    return waiting.next() && waiting.getInt(1) > 0;
                }
            }
        });
    }

    /**
     * Whether {@code refused} is a conflict found at the commit, by the engine's or the record's own check (among its
     * causes), which the pages answer as changed meanwhile ({@code Pages}); the port's own refusal, a 500, is not.
     */
    static boolean foundAtTheCommit(Throwable refused) {
        java.util.Set<String> conflicts = java.util.Set.of("org.camunda.bpm.engine.OptimisticLockingException",
                "jakarta.persistence.OptimisticLockException", "org.hibernate.StaleStateException");
        for (Throwable t = refused; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (conflicts.contains(t.getClass().getName())) {
                return true;
            }
        }
        return false;
    }

    static void await(String ref, BooleanSupplier condition, String what) {
        ProcessEngine engine = bean(ProcessEngine.class);
        long started = System.currentTimeMillis();
        Waiting.waitingFor(what).pollInterval(Duration.ofMillis(100)).atMost(Duration.ofSeconds(40))
                .until(() -> {
                    if (condition.getAsBoolean()) {
                        return true;
                    }
                    ProcessInstance instance = System.currentTimeMillis() - started < 3_000 ? null
                            : engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(ref)
                                    .singleResult();
                    if (instance != null) {
                        for (Job job : engine.getManagementService().createJobQuery()
                                .processInstanceId(instance.getId()).executable().list()) {
                            try {
                                engine.getManagementService().executeJob(job.getId());
                            } catch (RuntimeException raceWithTheJobExecutor) {
                                // The job executor ran it first: look again next time.
                            }
                        }
                    }
                    return false;
                });
    }
}
