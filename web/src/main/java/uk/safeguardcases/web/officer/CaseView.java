package uk.safeguardcases.web.officer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.audit.ReadAudit;
import uk.safeguardcases.application.cases.CaseFile;
import uk.safeguardcases.application.cases.CaseFileService;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.audit.TimelineLine;
import uk.safeguardcases.application.investigation.Assignee;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.investigation.OpenTask;
import uk.safeguardcases.application.investigation.TaskAssignmentService;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.ReadKind;
import uk.safeguardcases.domain.cases.InvestigationProcess;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;
import uk.safeguardcases.web.shell.PendingChecks;

/**
 * One case's page: its file, its timeline and diagram, and the form of each step the caller can do now. Each step
 * has its own form bean ({@link StepForm}), named as its form on the page ({@code #{caseView.triage.note}}), so a
 * failed submission keeps everything typed; every action goes through the investigation services, which check role,
 * board and step.
 */
@Named
@ViewScoped
public class CaseView implements Serializable {

    /** The case's page, and the page its check steps are kept for. */
    static final String PAGE = "/officer/case.xhtml";

    /** Who opened which case is recorded (a GET of the page; a form's post-back is not another reading). */
    @Inject
    private ReadAudit reads;

    @Inject
    private CaseFileService files;
    @Inject
    private CaseService cases;
    @Inject
    private EvidenceService evidenceService;
    @Inject
    private TaskAssignmentService assignments;

    /**
     * The step forms, each made when the page first uses it (most pages show two or three of the fifteen): a person's
     * open pages are kept in their session, and every form made would be kept with them (issue 43).
     */
    @Inject
    private Instance<StepForm> forms;
    private TriageForm triage;
    private LadoReferralForm lado;
    private AdultReportForm adultReport;
    private AllegationForm allegation;
    private AuthorisationForm authorisation;
    private EvidenceForm evidence;
    private GatheringForm gathered;
    private RemovalResponseForm removalResponse;
    private ExtensionForm extension;
    private ContestForm contest;
    private CooperationForm cooperation;
    private VerificationForm verify;
    private OutcomeForm outcome;
    private ApprovalForm approval;
    private SubjectForm subject;

    @Inject
    private PendingChecks pendingChecks;

    /** The retention panel, whose finding and second senior's agreement have check steps of their own. */
    @Inject
    private CaseRetentionView retention;

    @Inject
    @jakarta.enterprise.inject.Any
    private jakarta.enterprise.inject.Instance<uk.safeguardcases.application.investigation.PolicyStatements> declarations;

    @Inject
    private uk.safeguardcases.web.shell.Formats formats;
    @Inject
    private uk.safeguardcases.web.shell.People people;
    @Inject
    private uk.safeguardcases.web.shell.Labels labels;

    private String ref;
    /** The form whose decision waits on its check step (its id, from the address), or null. */
    private String check;
    /** The form shown again after "Change" on its check step, as chosen and typed (its id, from the address), or null. */
    private String change;
    /** "all" (from the address) to show every entry of a long timeline, not only its latest. */
    private String timelineWanted;
    private CaseFile file;
    private uk.safeguardcases.application.investigation.PolicyStatement declaration;
    private List<TimelineLine> timeline;
    private transient List<TimelineRow> timelineRows;
    private transient List<TimelineLine> timelineRowsOf;
    private transient java.util.Locale timelineRowsIn;
    /** The colleague chosen for each open task (by task id) in the assignment form. */
    private final Map<String, String> assigneeChoice = new HashMap<>();
    private final Map<Role, List<Assignee>> assignable = new EnumMap<>(Role.class);

    /** A step form of this page, made now. */
    private <T extends StepForm> T made(Class<T> type) {
        T form = forms.select(type).get();
        form.shownOn(this);
        return form;
    }

    /**
     * f:viewAction: loads the case named in the URL, or answers 404 (also for another board's case). With
     * {@code check}, the decision waiting on that form's check step is shown again; gone (confirmed in another tab,
     * say), the browser is sent to the case itself.
     */
    public void load() {
        Pages.load(() -> {
            refresh();
            // Only once the case has loaded for this person (their board's, theirs to see) is a waiting decision shown.
            if (check != null && !adoptWaiting(check)) {
                // Changed, or refused when confirmed: the form as typed has an address of its own.
                Pages.redirect(here() + (adoptChanged(check) ? "&change=" + check : ""));
                return;
            }
            if (check == null && change != null && !adoptChanged(change)) {
                Pages.redirect(here());
                return;
            }
            String kept = check != null ? check : change;
            if (kept != null && TASK_OF_CHECK.containsKey(kept) && !canDo(TASK_OF_CHECK.get(kept))) {
                // A colleague did the step (or was given it) between this person's decision and its check step: the
                // page would show neither the check nor the form, and the decision would vanish without a word.
                pendingChecks.forget(PAGE, ref, kept);
                Pages.error(Language.text("officer", "case.check.gone"));
            }
            reads.record(ReadKind.CASE_OPENED, ref, null);
        });
    }

    private void refresh() {
        file = files.fileOf(ref);
        timeline = cases.timelineOf(ref);
        people.know(namedOnPage());
    }

    /**
     * Everyone the page names (the timeline's actors, who raised, triaged, decided, captured, reviewed, approved,
     * acknowledged, referred, or has a task), to be looked up in one query rather than one a name while rendering.
     */
    private java.util.Set<String> namedOnPage() {
        java.util.Set<String> named = new java.util.HashSet<>();
        timelineShown().forEach(t -> named.add(t.actor()));
        if (file != null) {
            named.add(file.summary().raisedBy());
            if (file.triage() != null) {
                named.add(file.triage().triagedBy());
            }
            if (file.decision() != null) {
                named.add(file.decision().decidedBy());
            }
            if (file.referral() != null) {
                named.add(file.referral().approvedBy());
                named.add(file.referral().acknowledgedBy());
            }
            file.evidence().forEach(e -> {
                named.add(e.capturedBy());
                named.add(e.reviewedBy());
            });
            file.externalReferrals().forEach(x -> named.add(x.referredBy()));
            file.tasks().forEach(t -> named.add(t.assignee()));
        }
        named.remove(null);
        return named;
    }

    /** Shows a piece of evidence to the member of the case in the portal, or stops showing it. */
    public void changeShownToMember(long evidenceId, boolean shown) {
        act("disclosure", shown ? "case.done.shown" : "case.done.hidden",
                () -> evidenceService.changeShownToMember(ref, evidenceId, shown));
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

    /**
     * Runs one step through {@link Pages#step}: done, the browser is sent back to the case as it now is; refused,
     * nothing typed is lost and the page shows the case as it now is (someone else may have done the step).
     */
    void act(String formId, String doneKey, Runnable step) {
        Pages.Step result = Pages.step(formId, Language.text("officer", doneKey), here(), step);
        boolean rebuilt = false;
        if (result == Pages.Step.REFUSED) {
            Object builtFor = builtFor();
            refresh();
            // The page builds only the forms of the steps the case was in (c:if): refused because the case moved on
            // (a colleague did the step, or was given it), it is shown afresh as it now is, the message kept, so the
            // step it is in now has its form. Refused for what was typed, this page stays, with everything typed.
            rebuilt = !FacesContext.getCurrentInstance().isValidationFailed() && !builtFor.equals(builtFor());
        }
        StepForm form = form(formId);
        if (rebuilt) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Pages.redirect(here());
        }
        if (form == null) {
            return;
        }
        if (result == Pages.Step.DONE) {
            pendingChecks.forget(PAGE, ref, formId);
        } else if (result == Pages.Step.REFUSED && !form.isChecking()) {
            // Kept as typed, so the check step's address, refreshed, shows the form again rather than an empty one.
            pendingChecks.keep(PAGE, ref, formId, form);
        }
    }

    /**
     * What the page's build-time conditions ({@code c:if} in {@code WEB-INF/officer/case/*.xhtml}) read of the case:
     * the steps it waits in, whose their tasks are, its status, whether it is closed, whether it has deadlines. Equal
     * before and after a refusal, the view as built still holds the forms the case now has.
     */
    private Object builtFor() {
        if (file == null) {
            return List.of();
        }
        return List.of(String.valueOf(file.summary().statusValue()), file.activeSteps(), String.valueOf(file.closedAt()),
                file.tasks().stream().map(t -> t.taskKey() + "=" + t.assignee()).toList(), file.deadlines().isEmpty());
    }

    /** The task each case form with a check step does: the page shows the form and its check only while it waits. */
    private static final Map<String, String> TASK_OF_CHECK = Map.of("triage", "triage",
            "authorisation", "authorise-investigation", "gathered", "gather-evidence", "outcome", "decide-outcome",
            "approval", "approve-referral");

    /** The forms whose decisions are checked first, by their ids on the page (as made so far: null if not yet). */
    private StepForm form(String formId) {
        return switch (formId) {
            case "triage" -> triage;
            case "authorisation" -> authorisation;
            case "gathered" -> gathered;
            case "outcome" -> outcome;
            case "approval" -> approval;
            case "subject" -> subject;
            default -> null;
        };
    }

    private String formIdOf(StepForm form) {
        for (String formId : List.of("triage", "authorisation", "gathered", "outcome", "approval", "subject")) {
            if (form(formId) == form) {
                return formId;
            }
        }
        throw new IllegalStateException("Not a form with a check step: " + form.getClass().getSimpleName());
    }

    /** Shows the decision waiting on the check step {@code formId} again, if one waits; false if none does. */
    private boolean adoptWaiting(String formId) {
        if (CaseRetentionView.CHECKS.contains(formId)) {
            return retention.adopt(formId);
        }
        StepForm waiting = pendingChecks.waiting(PAGE, ref, formId, StepForm.class);
        return waiting != null && waiting.isChecking() && adopt(formId, waiting);
    }

    /** Shows the form {@code formId} again as it was when "Change" was pressed on its check step; false if none is kept. */
    private boolean adoptChanged(String formId) {
        if (CaseRetentionView.CHECKS.contains(formId)) {
            return retention.adoptChanged(formId);
        }
        StepForm changed = pendingChecks.waiting(PAGE, ref, formId, StepForm.class);
        return changed != null && !changed.isChecking() && adopt(formId, changed);
    }

    /** Shows the kept form, its decision waiting on the check step, in place of this page's own. */
    private boolean adopt(String formId, StepForm waiting) {
        switch (formId) {
            case "triage" -> triage = (TriageForm) waiting;
            case "authorisation" -> authorisation = (AuthorisationForm) waiting;
            case "gathered" -> gathered = (GatheringForm) waiting;
            case "outcome" -> outcome = (OutcomeForm) waiting;
            case "approval" -> approval = (ApprovalForm) waiting;
            case "subject" -> subject = (SubjectForm) waiting;
            default -> {
                return false;
            }
        }
        waiting.shownOn(this);
        return true;
    }

    /** A form's decision waits on its check step: kept for this session, and the browser sent to the step's address. */
    void waitsOnCheckStep(StepForm form) {
        String formId = formIdOf(form);
        pendingChecks.keep(PAGE, ref, formId, form);
        Pages.redirect(here() + "&check=" + formId);
    }

    /** The check step was confirmed: nothing waits on it any more. */
    void checkStepDone(StepForm form) {
        pendingChecks.forget(PAGE, ref, formIdOf(form));
    }

    /**
     * "Change" on a check step: the form, as chosen and typed, is kept for this session and the browser sent to its
     * own address ({@code case.xhtml?ref=…&change=triage}), so the address no longer names the check step and a
     * refresh shows the form again as it was (issue 63, item 4).
     */
    void changing(StepForm form) {
        String formId = formIdOf(form);
        pendingChecks.keep(PAGE, ref, formId, form);
        Pages.redirect(here() + "&change=" + formId);
    }

    /** The case's page, where each step returns to. */
    static String casePath(String reference) {
        return PAGE + "?ref=" + URLEncoder.encode(reference, StandardCharsets.UTF_8);
    }

    /** This case's page as this person sees it: with every timeline entry, if they asked for all of them. */
    private String here() {
        return casePath(ref) + ("all".equals(timelineWanted) ? "&timeline=all" : "");
    }

    /**
     * The address of this page with every timeline entry: the decision waiting on its check step, or the form shown
     * again to change, stays in view.
     */
    public String getWholeTimelinePath() {
        String path = casePath(ref) + "&timeline=all";
        if (check != null) {
            path += "&check=" + URLEncoder.encode(check, StandardCharsets.UTF_8);
        } else if (change != null) {
            path += "&change=" + URLEncoder.encode(change, StandardCharsets.UTF_8);
        }
        return path + "#timeline-heading";
    }

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

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getCheck() {
        return check;
    }

    public void setCheck(String check) {
        this.check = check;
    }

    public String getChange() {
        return change;
    }

    public void setChange(String change) {
        this.change = change;
    }

    /** Whether the member had declared the version of the policy in force when the conduct happened (Appendix 1). */
    public uk.safeguardcases.application.investigation.PolicyStatement getDeclaration() {
        if (declaration == null && file != null && declarations.isResolvable()) {
            declaration = declarations.get().forCase(file.summary().reference(),
                    uk.safeguardcases.application.tenancy.CallerContext.language());
        }
        return declaration;
    }

    public CaseFile getFile() {
        return file;
    }

    public List<TimelineLine> getTimeline() {
        return timeline;
    }

    /**
     * How many of a long timeline's latest entries the page shows unless asked for all: a case worked for months has
     * hundreds, and its page with 300 was 172,000 characters (109,000 with the latest 50); the whole timeline is one
     * link away, and in the case report's PDF.
     */
    public static final int TIMELINE_LATEST = 50;

    /** Whether the page shows only the latest {@link #TIMELINE_LATEST} entries of this case's timeline. */
    public boolean isTimelineCut() {
        return timeline != null && timeline.size() > TIMELINE_LATEST && !"all".equals(timelineWanted);
    }

    public int getTimelineLatest() {
        return TIMELINE_LATEST;
    }

    public String getTimelineWanted() {
        return timelineWanted;
    }

    public void setTimelineWanted(String timelineWanted) {
        this.timelineWanted = timelineWanted;
    }

    /** The entries the page shows, in the timeline's order: every one, or the latest when it is cut. */
    private List<TimelineLine> timelineShown() {
        if (timeline == null) {
            return List.of();
        }
        return isTimelineCut() ? timeline.subList(timeline.size() - TIMELINE_LATEST, timeline.size()) : timeline;
    }

    /**
     * The timeline as the page shows it: each entry's time, who, what and detail already in words. A long case has
     * hundreds of entries, and four EL method calls a row (each finding its method by reflection) took a good part
     * of the page's time (the national benchmark's profile).
     */
    public List<TimelineRow> getTimelineRows() {
        java.util.Locale language = uk.safeguardcases.web.shell.Pages.locale();
        if (timelineRows == null || timelineRowsOf != timeline || !language.equals(timelineRowsIn)) {
            timelineRows = timelineShown().stream().map(t -> new TimelineRow(
                    formats.when(t.occurredAt()), people.name(t.actor()), labels.action(t.action()), t.detail()))
                    .toList();
            timelineRowsOf = timeline;
            timelineRowsIn = language;
        }
        return timelineRows;
    }

    /** One line of the timeline in words. */
    public record TimelineRow(String when, String who, String what, String detail) implements java.io.Serializable {
    }

    public TriageForm getTriage() {
        if (triage == null) {
            triage = made(TriageForm.class);
        }
        return triage;
    }

    public AdultReportForm getAdultReport() {
        if (adultReport == null) {
            adultReport = made(AdultReportForm.class);
        }
        return adultReport;
    }

    public LadoReferralForm getLado() {
        if (lado == null) {
            lado = made(LadoReferralForm.class);
        }
        return lado;
    }

    public AllegationForm getAllegation() {
        if (allegation == null) {
            allegation = made(AllegationForm.class);
        }
        return allegation;
    }

    public AuthorisationForm getAuthorisation() {
        if (authorisation == null) {
            authorisation = made(AuthorisationForm.class);
        }
        return authorisation;
    }

    public EvidenceForm getEvidence() {
        if (evidence == null) {
            evidence = made(EvidenceForm.class);
        }
        return evidence;
    }

    public GatheringForm getGathered() {
        if (gathered == null) {
            gathered = made(GatheringForm.class);
        }
        return gathered;
    }

    public RemovalResponseForm getRemovalResponse() {
        if (removalResponse == null) {
            removalResponse = made(RemovalResponseForm.class);
        }
        return removalResponse;
    }

    public ExtensionForm getExtension() {
        if (extension == null) {
            extension = made(ExtensionForm.class);
        }
        return extension;
    }

    public ContestForm getContest() {
        if (contest == null) {
            contest = made(ContestForm.class);
        }
        return contest;
    }

    public CooperationForm getCooperation() {
        if (cooperation == null) {
            cooperation = made(CooperationForm.class);
        }
        return cooperation;
    }

    public VerificationForm getVerify() {
        if (verify == null) {
            verify = made(VerificationForm.class);
        }
        return verify;
    }

    public OutcomeForm getOutcome() {
        if (outcome == null) {
            outcome = made(OutcomeForm.class);
        }
        return outcome;
    }

    public ApprovalForm getApproval() {
        if (approval == null) {
            approval = made(ApprovalForm.class);
        }
        return approval;
    }

    public SubjectForm getSubject() {
        if (subject == null) {
            subject = made(SubjectForm.class);
        }
        return subject;
    }

    /** Whom the case is about may be said or corrected by an officer while it is open. */
    public boolean isSubjectOpen() {
        return file != null && isOfficer() && file.closedAt() == null;
    }
}
