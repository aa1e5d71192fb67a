package uk.safeguardcases.domain.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A safeguarding partner board: the tenant. Its id is the tenant id every board-owned row carries. */
@Entity
@Table(name = "board")
public class Board {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Column(name = "short_name", nullable = false)
    private String shortName;

    @Column(name = "reference_prefix", nullable = false)
    private String referencePrefix;

    @Column(name = "policy_title", nullable = false)
    private String policyTitle;

    @Column(name = "primary_colour", nullable = false)
    private String primaryColour;

    @Column(name = "accent_colour", nullable = false)
    private String accentColour;

    @Column(name = "welsh_interface", nullable = false)
    private boolean welshInterface;

    protected Board() {
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String shortName() {
        return shortName;
    }

    public String referencePrefix() {
        return referencePrefix;
    }

    public String policyTitle() {
        return policyTitle;
    }

    public String primaryColour() {
        return primaryColour;
    }

    public String accentColour() {
        return accentColour;
    }

    public boolean welshInterface() {
        return welshInterface;
    }
}
