package uk.safeguardcases.web.officer;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import uk.safeguardcases.application.board.ClauseView;
import uk.safeguardcases.application.investigation.AllegationService;
import uk.safeguardcases.domain.allegation.AllegationCategory;
import uk.safeguardcases.domain.allegation.PossibleOffence;
import uk.safeguardcases.domain.allegation.Severity;
import uk.safeguardcases.web.shell.BoardClauses;

/** The form that adds an allegation, citing one of the board's clauses, until the outcome is decided. */
@Dependent
public class AllegationForm extends StepForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private AllegationService allegations;
    /** Read for each request that shows or checks the choice, not kept with the page (see BoardClauses). */
    @Inject
    private BoardClauses clauses;

    private Long clauseId;
    private AllegationCategory category;
    private Severity severity;
    private PossibleOffence offence;
    private String particulars;

    public void add() {
        send("allegation", "case.done.allegation",
                () -> allegations.allege(ref(), clauseId, category, severity, offence, particulars));
    }

    public List<ClauseView> getClauses() {
        return clauses.inForce();
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

    public Long getClauseId() {
        return clauseId;
    }

    public void setClauseId(Long clauseId) {
        this.clauseId = clauseId;
    }

    public AllegationCategory getCategory() {
        return category;
    }

    public void setCategory(AllegationCategory category) {
        this.category = category;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public PossibleOffence getOffence() {
        return offence;
    }

    public void setOffence(PossibleOffence offence) {
        this.offence = offence;
    }

    public String getParticulars() {
        return particulars;
    }

    public void setParticulars(String particulars) {
        this.particulars = particulars;
    }
}
