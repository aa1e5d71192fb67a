package uk.safeguardcases.web.officer;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import uk.safeguardcases.application.investigation.TriageInput;
import uk.safeguardcases.application.investigation.TriageService;
import uk.safeguardcases.application.outcomes.KnownTriageOutcomes;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.web.shell.Language;

/** The triage form: the safeguarding screen (999, IWF, CEOP, LADO threshold) and the decision. */
@Dependent
public class TriageForm extends StepForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private TriageService triage;

    @Inject
    private CoolingOffPeriod coolingOff;

    @Inject
    private KnownTriageOutcomes outcomes;

    @Inject
    private uk.safeguardcases.web.shell.Contributions contributions;

    private boolean childAtImmediateRisk;
    private String policeReference;
    private boolean indecentImages;
    private String iwfReference;
    private boolean grooming;
    private String ceopReference;
    private boolean harmThresholdMet;
    private uk.safeguardcases.domain.cases.ConcernsWhom concerns = uk.safeguardcases.domain.cases.ConcernsWhom.CHILDREN;
    /** The decision's name: the core's or a process's outcome ({@link KnownTriageOutcomes}). */
    private String decision;
    private String note;

    /**
     * A decision that closes the case (no further action, advice only) is checked first, once the answers are valid;
     * "Investigate" goes to a senior manager, so it is recorded at once.
     */
    public void record() {
        if (decision == null || TriageDecision.INVESTIGATE.name().equals(decision)) {
            confirmed("record");
            return;
        }
        if (uk.safeguardcases.web.shell.Pages.step("triage", () -> {
            triage.checkTriage(ref(), input());
            return uk.safeguardcases.web.shell.Pages.Done.here(null);
        }) != uk.safeguardcases.web.shell.Pages.Step.DONE) {
            return;
        }
        checkFirst(new CheckStep("record", java.util.List.of(
                CheckStep.row("case.triage.concerns", Language.text("shell", "ConcernsWhom." + concerns.name())),
                CheckStep.row("case.triage.decision", contributions.text("TriageDecision." + decision)),
                CheckStep.row("case.triage.note", note)),
                contributions.text("check.triage." + decision, coolingOff.days())));
    }

    @Override
    protected void confirmed(String action) {
        send("triage", "case.done.triage", () -> triage.recordTriage(ref(), input()));
    }

    /** One question says whom the concern puts at risk; an adult at risk among them takes the adults' route. */
    private TriageInput input() {
        return new TriageInput(childAtImmediateRisk, policeReference, indecentImages, iwfReference, grooming,
                ceopReference, harmThresholdMet, decision == null ? null : outcomes.decision(decision), note,
                concerns != null && concerns.adults(), concerns);
    }

    public uk.safeguardcases.domain.cases.ConcernsWhom getConcerns() {
        return concerns;
    }

    public void setConcerns(uk.safeguardcases.domain.cases.ConcernsWhom concerns) {
        this.concerns = concerns;
    }

    public uk.safeguardcases.domain.cases.ConcernsWhom[] getConcernsChoices() {
        return uk.safeguardcases.domain.cases.ConcernsWhom.values();
    }

    /** The names of the decisions, the core's then the processes'. */
    public java.util.List<String> getDecisions() {
        return outcomes.decisions().stream().map(TriageDecision::name).toList();
    }

    public boolean isChildAtImmediateRisk() {
        return childAtImmediateRisk;
    }

    public void setChildAtImmediateRisk(boolean childAtImmediateRisk) {
        this.childAtImmediateRisk = childAtImmediateRisk;
    }

    public String getPoliceReference() {
        return policeReference;
    }

    public void setPoliceReference(String policeReference) {
        this.policeReference = policeReference;
    }

    public boolean isIndecentImages() {
        return indecentImages;
    }

    public void setIndecentImages(boolean indecentImages) {
        this.indecentImages = indecentImages;
    }

    public String getIwfReference() {
        return iwfReference;
    }

    public void setIwfReference(String iwfReference) {
        this.iwfReference = iwfReference;
    }

    public boolean isGrooming() {
        return grooming;
    }

    public void setGrooming(boolean grooming) {
        this.grooming = grooming;
    }

    public String getCeopReference() {
        return ceopReference;
    }

    public void setCeopReference(String ceopReference) {
        this.ceopReference = ceopReference;
    }

    public boolean isHarmThresholdMet() {
        return harmThresholdMet;
    }

    public void setHarmThresholdMet(boolean harmThresholdMet) {
        this.harmThresholdMet = harmThresholdMet;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
