package uk.safeguardcases.web.officer;

import java.io.Serializable;

/**
 * One step's form on a case's page ({@link CaseView}): the step's own typed fields, kept as typed when the step is
 * refused, and the action that sends them. The page gives each form its case and the one way a step is run.
 */
public abstract class StepForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private CaseView page;

    /** A decision waiting to be checked and confirmed; null while the form itself is shown. */
    private CheckStep check;

    /** Called by the page that shows the form, before anything is submitted. */
    void shownOn(CaseView page) {
        this.page = page;
    }

    /** The case the page was opened for (from its address, on every post too). */
    protected String ref() {
        return page.getRef();
    }

    /** Runs the step as every step of the page runs (see {@link CaseView#act}). */
    protected void send(String formId, String doneKey, Runnable step) {
        page.act(formId, doneKey, step);
    }

    /** The case as the page shows it. */
    protected uk.safeguardcases.application.cases.CaseFile file() {
        return page.getFile();
    }

    /**
     * Shows the check step instead of the form: nothing is done until the person confirms. The browser is sent to the
     * check step's own address, so a refresh shows it again rather than sending the form again.
     */
    protected void checkFirst(CheckStep step) {
        this.check = step;
        page.waitsOnCheckStep(this);
    }

    /** The decision waiting to be confirmed, or null. */
    public CheckStep getCheck() {
        return check;
    }

    public boolean isChecking() {
        return check != null;
    }

    /**
     * "Confirm": the decision is made. Refused (invalid input, or someone else did the step), the form shows again
     * with everything as typed and what was wrong.
     */
    public void confirm() {
        if (check == null) {
            return; // confirmed in another tab a moment ago: the page shows the case as it is
        }
        String action = check.action();
        check = null;
        page.checkStepDone(this);
        confirmed(action);
    }

    /** "Change": back to the form, with everything as chosen and typed, at the form's own address. */
    public void change() {
        check = null;
        page.changing(this);
    }

    /** Makes the decision the check step showed ({@link CheckStep#action()}). */
    protected void confirmed(String action) {
        throw new IllegalStateException("No decision of this form is checked first: " + action);
    }
}
