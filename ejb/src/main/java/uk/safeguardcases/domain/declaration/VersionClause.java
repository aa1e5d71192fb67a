package uk.safeguardcases.domain.declaration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One clause of the board's policy as it stood when a version was published: copied from the clause catalogue, so
 * a later rewording never changes what a member declared they had read.
 */
@Embeddable
public class VersionClause {

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private String reference;

    @Column(nullable = false)
    private String section;

    @Column(name = "clause_text", nullable = false)
    private String text;

    @Column(name = "section_cy")
    private String sectionCy;

    @Column(name = "clause_text_cy")
    private String textCy;

    protected VersionClause() {
    }

    public VersionClause(int sortOrder, String reference, String section, String text, String sectionCy,
            String textCy) {
        this.sortOrder = sortOrder;
        this.reference = reference;
        this.section = section;
        this.text = text;
        this.sectionCy = sectionCy;
        this.textCy = textCy;
    }

    public int sortOrder() {
        return sortOrder;
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
}
