package uk.safeguardcases.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguardcases.application.audit.ChainVerification;
import uk.safeguardcases.application.audit.ReadAudit;
import uk.safeguardcases.application.audit.ReadLine;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * admin/reads.xhtml: who read what. The reads of one case, or everything one person read, newest first, with an export
 * (admin/reads.csv); and a check that no record of reading was removed or changed.
 */
@Named
@ViewScoped
public class ReadsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReadAudit reads;

    private String caseReference;
    private String reader;
    private List<ReadLine> lines;
    private ChainVerification verification;

    public void ofCase() {
        reader = null;
        try {
            lines = reads.ofCase(caseReference == null ? "" : caseReference.strip());
        } catch (NotFoundException e) {
            lines = null;
            Pages.fieldErrors("byCase", java.util.Map.of("caseReference", Language.text("accounts", "reads.noCase")));
        }
    }

    public void ofReader() {
        caseReference = null;
        lines = reads.ofReader(reader);
    }

    public void verify() {
        verification = reads.verify();
    }

    public String when(java.time.Instant instant) {
        return Pages.when(instant);
    }

    public List<ReadLine> getLines() {
        return lines;
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public String getCaseReference() {
        return caseReference;
    }

    public void setCaseReference(String caseReference) {
        this.caseReference = caseReference;
    }

    public String getReader() {
        return reader;
    }

    public void setReader(String reader) {
        this.reader = reader;
    }
}
