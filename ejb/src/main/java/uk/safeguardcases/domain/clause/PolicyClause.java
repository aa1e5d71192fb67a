package uk.safeguardcases.domain.clause;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/**
 * One clause of a board's own policy, quoted from the board's document (e.g. CHSCB 3.5(d)
 * "Posting comments or photographs of Board members or members of the community without their
 * express consent."). Allegations cite these.
 */
@Entity
@Table(name = "policy_clause")
public class PolicyClause {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    /** How an officer cites it, e.g. "5.3" or "3.5(d)". */
    @Column(nullable = false)
    private String reference;

    @Column(nullable = false)
    private String section;

    @Column(name = "clause_text", nullable = false)
    private String text;

    /** The section and the words in Welsh, as the board gives them; null when not given. */
    @Column(name = "section_cy")
    private String sectionCy;

    @Column(name = "clause_text_cy")
    private String textCy;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** 1 for the first wording of a reference; a re-worded cited clause is a new version. */
    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo = 1;

    /** A retired clause stays on the cases that cited it but cannot be cited any more. */
    @Column(nullable = false)
    private boolean retired;

    protected PolicyClause() {
    }

    public PolicyClause(String reference, String section, String text, int sortOrder, int versionNo) {
        this.reference = reference;
        this.section = section;
        this.text = text;
        this.sortOrder = sortOrder;
        this.versionNo = versionNo;
    }

    /** Its Welsh wording (null for none), set with the English when the clause is made or reworded. */
    public PolicyClause inWelsh(String section, String text) {
        this.sectionCy = section;
        this.textCy = text;
        return this;
    }

    /** Changes the wording in place; only for a clause no allegation has cited yet. */
    public void reword(String reference, String section, String text, String sectionCy, String textCy) {
        this.reference = reference;
        this.section = section;
        this.text = text;
        inWelsh(sectionCy, textCy);
    }

    public void retire() {
        this.retired = true;
    }

    public Long id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String reference() {
        return reference;
    }

    public String section() {
        return section;
    }

    public String text() {
        return text;
    }

    public String sectionCy() {
        return sectionCy;
    }

    public String textCy() {
        return textCy;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public int versionNo() {
        return versionNo;
    }

    public boolean retired() {
        return retired;
    }
}
