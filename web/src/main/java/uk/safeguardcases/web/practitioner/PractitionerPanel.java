package uk.safeguardcases.web.practitioner;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import uk.safeguardcases.application.practitioner.PractitionerConcerns;
import uk.safeguardcases.application.practitioner.PractitionerView;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * On the case page of a Welsh or bilingual board: the practitioner concern (Wales Safeguarding Procedures, Section 5),
 * its designated person's deadline, its threshold criteria, its outcome and its transferable risk; the board's
 * officers record them, its seniors read them.
 */
@Named
@ViewScoped
public class PractitionerPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PractitionerConcerns concerns;

    private String ref;
    private transient PractitionerView shown;
    private transient boolean read;
    private final HashMap<String, String> answers = new HashMap<>();
    private String designatedPerson;
    private String toldAt;
    private String outcome;
    private String outcomeNote;
    private String otherRoles;
    private String riskToldWhom;
    private String riskToldOn;

    /** The case's practitioner concern, read once per view; null where Section 5 does not apply. */
    public PractitionerView of(String reference) {
        if (!read || !reference.equals(ref)) {
            ref = reference;
            shown = concerns.ofCase(reference).orElse(null);
            read = true;
            if (shown != null && answers.isEmpty()) {
                shown.criteria().forEach(c -> {
                    if (c.met() != null) {
                        answers.put(c.name(), c.met() ? "yes" : "no");
                    }
                });
                outcome = shown.outcome() == null ? null : shown.outcome().name();
                outcomeNote = shown.outcomeNote();
                otherRoles = shown.otherRoles();
                riskToldWhom = shown.riskToldWhom();
                riskToldOn = shown.riskToldOn() == null ? null : shown.riskToldOn().toString();
            }
        }
        return shown;
    }

    public void recordThreshold(String reference) {
        Pages.step(null, text("panel.thresholdSaved"), "/officer/case.xhtml?ref=" + reference,
                () -> concerns.considerThreshold(reference, answers));
    }

    public void recordTold(String reference) {
        Pages.step("practitionerTold", text("panel.toldSaved"), "/officer/case.xhtml?ref=" + reference,
                () -> concerns.designatedPersonTold(reference, designatedPerson, toldAt));
    }

    public void recordOutcome(String reference) {
        Pages.step("practitionerOutcome", text("panel.outcomeSaved"), "/officer/case.xhtml?ref=" + reference,
                () -> concerns.recordOutcome(reference, outcome, outcomeNote));
    }

    public void recordRisk(String reference) {
        Pages.step("practitionerRisk", text("panel.riskSaved"), "/officer/case.xhtml?ref=" + reference,
                () -> concerns.recordTransferableRisk(reference, otherRoles, riskToldWhom, riskToldOn));
    }

    private static String text(String key) {
        return Language.text(PractitionerPages.BUNDLE, key);
    }

    /** Each criterion's answer, "yes" or "no", by its name (bound as {@code answers[criterion.name()]}). */
    public Map<String, String> getAnswers() {
        return answers;
    }

    public String getDesignatedPerson() {
        return designatedPerson;
    }

    public void setDesignatedPerson(String designatedPerson) {
        this.designatedPerson = designatedPerson;
    }

    public String getToldAt() {
        return toldAt;
    }

    public void setToldAt(String toldAt) {
        this.toldAt = toldAt;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public void setOutcomeNote(String outcomeNote) {
        this.outcomeNote = outcomeNote;
    }

    public String getOtherRoles() {
        return otherRoles;
    }

    public void setOtherRoles(String otherRoles) {
        this.otherRoles = otherRoles;
    }

    public String getRiskToldWhom() {
        return riskToldWhom;
    }

    public void setRiskToldWhom(String riskToldWhom) {
        this.riskToldWhom = riskToldWhom;
    }

    public String getRiskToldOn() {
        return riskToldOn;
    }

    public void setRiskToldOn(String riskToldOn) {
        this.riskToldOn = riskToldOn;
    }
}
