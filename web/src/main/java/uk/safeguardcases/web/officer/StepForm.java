package uk.safeguardcases.web.officer;

import java.io.Serializable;

/**
 * One step's form on a case's page ({@link CaseView}): the step's own typed fields, kept as typed when the step is
 * refused, and the action that sends them. The page gives each form its case and the one way a step is run.
 */
public abstract class StepForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private CaseView page;

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
}
