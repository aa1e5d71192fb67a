package uk.safeguardcases.web.officer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.board.ClauseView;
import uk.safeguardcases.application.cases.CaseFile;
import uk.safeguardcases.application.cases.CaseFileService;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.TimelineLine;
import uk.safeguardcases.application.investigation.AllegationService;
import uk.safeguardcases.application.investigation.Assignee;
import uk.safeguardcases.application.investigation.AuthorisationService;
import uk.safeguardcases.application.investigation.DecisionService;
import uk.safeguardcases.application.investigation.EvidenceInput;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.investigation.OpenTask;
import uk.safeguardcases.application.investigation.RequestService;
import uk.safeguardcases.application.investigation.TaskAssignmentService;
import uk.safeguardcases.application.investigation.TriageInput;
import uk.safeguardcases.application.investigation.TriageService;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.allegation.AllegationCategory;
import uk.safeguardcases.domain.allegation.PossibleOffence;
import uk.safeguardcases.domain.allegation.Severity;
import uk.safeguardcases.domain.cases.CaseOutcome;
import uk.safeguardcases.domain.cases.InvestigationProcess;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.requests.MemberResponse;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * One case's page: its file, its timeline and diagram, and the form of each step the caller can do now.
 * Each form's fields live in {@link #getForm()} under the form's own names, so a failed submission keeps
 * everything typed; every action goes through the investigation services, which check role, board and step.
 */
@Named
@ViewScoped
public class CaseView implements Serializable {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    @Inject
    private CaseFileService files;
    @Inject
    private CaseService cases;
    @Inject
    private BoardService board;
    @Inject
    private TriageService triage;
    @Inject
    private AllegationService allegations;
    @Inject
    private AuthorisationService authorisation;
    @Inject
    private EvidenceService evidence;
    @Inject
    private RequestService requests;
    @Inject
    private DecisionService decisions;
    @Inject
    private TaskAssignmentService assignments;

    private String ref;
    private CaseFile file;
    private List<TimelineLine> timeline;
    private List<ClauseView> clauses;
    private final Map<String, Object> form = new HashMap<>();
    /** The colleague chosen for each open task (by task id) in the assignment form. */
    private final Map<String, String> assigneeChoice = new HashMap<>();
    private final Map<Role, List<Assignee>> assignable = new EnumMap<>(Role.class);
    private transient Part upload;

    /** f:viewAction: loads the case named in the URL, or answers 404 (also for another board's case). */
    public void load() {
        try {
            refresh();
        } catch (NotFoundException e) {
            Pages.notFound(e.getMessage());
        }
    }

    private void refresh() {
        file = files.fileOf(ref);
        timeline = cases.timelineOf(ref);
    }

    // ---- the steps ------------------------------------------------------------------------------------

    public void recordTriage() {
        act("triage", "case.done.triage", () -> triage.recordTriage(ref, new TriageInput(flag("triage.childAtImmediateRisk"),
                text("triage.policeReference"), flag("triage.indecentImages"), text("triage.iwfReference"), flag("triage.grooming"),
                text("triage.ceopReference"), flag("triage.harmThresholdMet"), choice(TriageDecision.class, "triage.decision"),
                text("triage.note"))));
    }

    public void recordLadoReferral() {
        act("lado", "case.done.lado", () -> triage.recordLadoReferral(ref, text("lado.ladoReference")));
    }

    public void addAllegation() {
        act("allegation", "case.done.allegation", () -> allegations.allege(ref, clauseId(),
                choice(AllegationCategory.class, "allegation.category"), choice(Severity.class, "allegation.severity"),
                choice(PossibleOffence.class, "allegation.offence"), text("allegation.particulars")));
    }

    public void authorise() {
        decideAuthorisation(true);
    }

    public void refuseAuthorisation() {
        decideAuthorisation(false);
    }

    private void decideAuthorisation(boolean authorise) {
        act("authorisation", authorise ? "case.done.authorised" : "case.done.refused",
                () -> authorisation.decide(ref, authorise, text("authorisation.justification")));
    }

    public void captureEvidence() {
        act("evidence", "case.done.evidence", () -> {
            Map<String, String> problems = new LinkedHashMap<>();
            Instant capturedAt = instant("evidence.capturedAt", problems);
            byte[] content = uploadedBytes(problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            Platform platform = choice(Platform.class, "evidence.platform");
            CaptureMethod method = choice(CaptureMethod.class, "evidence.captureMethod");
            boolean open = flag("evidence.openMethodDeclared");
            EvidenceInput input;
            if (flag("evidence.illegalImagery")) {
                input = EvidenceInput.illegalImagery(text("evidence.url"), platform, text("evidence.reportReference"), capturedAt,
                        method, open);
            } else if (content != null) {
                input = new EvidenceInput(text("evidence.url"), platform, text("evidence.capturedText"), capturedAt, method, open,
                        fileName(upload), upload.getContentType(), content, false, null);
            } else {
                input = EvidenceInput.text(text("evidence.url"), platform, text("evidence.capturedText"), capturedAt, method, open);
            }
            evidence.capture(ref, input.withShownToMember(flag("evidence.shownToMember")));
            upload = null;
        });
    }

    /** Shows a piece of evidence to the member of the case in the portal, or stops showing it. */
    public void changeShownToMember(long evidenceId, boolean shown) {
        act("disclosure", shown ? "case.done.shown" : "case.done.hidden",
                () -> evidence.changeShownToMember(ref, evidenceId, shown));
    }

    /** The caller takes the task as it was when the page was shown. */
    public void take(OpenTask task) {
        act("assignment", "case.done.taken", () -> assignments.take(ref, task.taskId(), task.assignee()));
    }

    /** Gives the task, as it was when the page was shown, to the colleague chosen beside it. */
    public void assign(OpenTask task) {
        act("assignment", "case.done.assigned",
                () -> assignments.assign(ref, task.taskId(), task.assignee(), assigneeChoice.get(task.taskId())));
    }

    public void finishGathering() {
        act("gathered", "case.done.gathered", () -> evidence.finishGathering(ref, text("gathered.summary"),
                flag("gathered.internal")));
    }

    public void recordRemovalResponse() {
        act("removalResponse", "case.done.response", () -> requests.respondToRemoval(ref,
                choice(MemberResponse.class, "removalResponse.response"), text("removalResponse.text")));
    }

    public void grantExtension() {
        decideExtension(true);
    }

    public void refuseExtension() {
        decideExtension(false);
    }

    private void decideExtension(boolean grant) {
        act("extension", grant ? "case.done.extensionGiven" : "case.done.extensionRefused", () -> {
            Map<String, String> problems = new LinkedHashMap<>();
            int days = grant ? wholeNumber("extension.extraWorkingDays", problems) : 0;
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            requests.decideExtension(ref, grant, days, text("extension.reason"));
        });
    }

    public void upholdContest() {
        reviewContest(true);
    }

    public void rejectContest() {
        reviewContest(false);
    }

    private void reviewContest(boolean upheld) {
        act("contest", upheld ? "case.done.contestUpheld" : "case.done.contestRejected",
                () -> requests.reviewContest(ref, upheld, text("contest.reason")));
    }

    public void recordCooperation() {
        act("cooperation", "case.done.cooperation", () -> requests.recordCooperation(ref,
                choice(MemberResponse.class, "cooperation.how"), text("cooperation.account"),
                flag("cooperation.supervisedAccess")));
    }

    public void verifyRemoval() {
        act("verify", "case.done.verified", () -> decisions.verifyRemoval(ref, text("verify.finding"),
                flag("verify.internal")));
    }

    public void decideOutcome() {
        act("outcome", "case.done.outcome", () -> decisions.decideOutcome(ref,
                choice(CaseOutcome.class, "outcome.outcome"), text("outcome.findings")));
    }

    public void approveReferral() {
        approve(true);
    }

    public void returnReferral() {
        approve(false);
    }

    private void approve(boolean approve) {
        act("approval", approve ? "case.done.referralApproved" : "case.done.referralReturned",
                () -> decisions.approveReferral(ref, approve, text("approval.note")));
    }

    /**
     * Runs one step: on success the form is emptied and the page shows the case as it now is; invalid input
     * is shown field by field and nothing typed is lost; a step someone else already did, or one the caller
     * may not do, is explained in plain words.
     */
    private void act(String formId, String doneKey, Runnable step) {
        switch (Pages.step(formId, Language.text("officer", doneKey), casePath(ref), step)) {
            case DONE -> {
                form.clear();
                assigneeChoice.clear();
            }
            case REFUSED -> refresh();
            case NOT_FOUND -> { }
        }
    }

    /** The case's page, where each step returns to. */
    static String casePath(String reference) {
        return "/officer/case.xhtml?ref=" + URLEncoder.encode(reference, StandardCharsets.UTF_8);
    }

    // ---- reading the form -------------------------------------------------------------------------------

    private String text(String name) {
        Object value = form.get(name);
        return value == null ? null : value.toString();
    }

    private boolean flag(String name) {
        Object value = form.get(name);
        return value instanceof Boolean b ? b : "true".equals(value);
    }

    private <E extends Enum<E>> E choice(Class<E> type, String name) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Long clauseId() {
        String value = text("allegation.clauseId");
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private int wholeNumber(String name, Map<String, String> problems) {
        String value = text(name);
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            problems.put(fieldId(name), Language.text("officer", "case.error.wholeNumber"));
            return 0;
        }
    }

    /** A {@code datetime-local} field, read as UK time; empty means now. */
    private Instant instant(String name, Map<String, String> problems) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            return Instant.now();
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(UK).toInstant();
        } catch (DateTimeParseException e) {
            problems.put(fieldId(name), Language.text("officer", "case.error.dateTime"));
            return null;
        }
    }

    private byte[] uploadedBytes(Map<String, String> problems) {
        if (upload == null || upload.getSize() == 0) {
            return null;
        }
        if (upload.getSize() > MAX_FILE_BYTES) {
            problems.put("file", Language.text("officer", "case.error.fileTooLarge"));
            return null;
        }
        try (InputStream in = upload.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "evidence.capturedAt" → "capturedAt": the input's id within its form. */
    private static String fieldId(String name) {
        return name.substring(name.indexOf('.') + 1);
    }

    private static String fileName(Part part) {
        String name = part.getSubmittedFileName();
        return name == null ? "upload" : name;
    }

    // ---- what the page shows -----------------------------------------------------------------------------

    public boolean waitingIn(String step) {
        return file != null && file.waitingIn(step);
    }

    /**
     * Whether the caller may do the step now: the case waits in it and its task is not assigned to someone else
     * (the assignment panel says whose it is).
     */
    public boolean canDo(String step) {
        return waitingIn(step) && file.tasks().stream().filter(t -> t.taskKey().equals(step))
                .allMatch(t -> t.assignee() == null || t.assignee().equals(CallerContext.current().username()));
    }

    /** Whether the caller has the task's role, so may take it. */
    public boolean mayTake(OpenTask task) {
        return task.role() != null && CallerContext.current().has(task.role())
                && !CallerContext.current().username().equals(task.assignee());
    }

    /** The colleagues a task can be given to: its role's people on the board, but not whoever has it now. */
    public List<Assignee> assigneesFor(OpenTask task) {
        if (task.role() == null) {
            return List.of();
        }
        return assignable.computeIfAbsent(task.role(), role -> assignments.assignable(role)).stream()
                .filter(a -> !a.username().equals(task.assignee())).toList();
    }

    public Map<String, String> getAssigneeChoice() {
        return assigneeChoice;
    }

    public boolean isOfficer() {
        return CallerContext.current().has(Role.OFFICER);
    }

    public boolean isSenior() {
        return CallerContext.current().has(Role.SENIOR);
    }

    /** Allegations may be added until the outcome is decided. */
    public boolean isAllegationsOpen() {
        return file != null && isOfficer() && !file.activeSteps().isEmpty()
                && !waitingIn(InvestigationProcess.APPROVE_REFERRAL_TASK)
                && !waitingIn(InvestigationProcess.AWAIT_HR_ACKNOWLEDGEMENT)
                && !waitingIn(InvestigationProcess.AWAIT_HR_OUTCOME);
    }

    public String getActiveStepIds() {
        return file == null ? "" : String.join(" ", file.activeSteps());
    }

    public List<ClauseView> getClauses() {
        if (clauses == null) {
            clauses = board.clauses();
        }
        return clauses;
    }

    public TriageDecision[] getTriageDecisions() {
        return TriageDecision.values();
    }

    public AllegationCategory[] getCategories() {
        return AllegationCategory.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public PossibleOffence[] getOffences() {
        return PossibleOffence.values();
    }

    public Platform[] getPlatforms() {
        return Platform.values();
    }

    public CaptureMethod[] getCaptureMethods() {
        return CaptureMethod.values();
    }

    public MemberResponse[] getRemovalResponses() {
        return new MemberResponse[] {MemberResponse.REMOVED, MemberResponse.CONTESTED, MemberResponse.MORE_TIME};
    }

    public MemberResponse[] getCooperationResponses() {
        return new MemberResponse[] {MemberResponse.STATEMENT, MemberResponse.INTERVIEW};
    }

    public CaseOutcome[] getOutcomes() {
        return CaseOutcome.values();
    }

    public Map<String, Object> getForm() {
        return form;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public CaseFile getFile() {
        return file;
    }

    public List<TimelineLine> getTimeline() {
        return timeline;
    }
}
