package uk.safeguardcases.domain.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * The board's own rule for sending cases to other boards: whether a second senior manager checks each one before it
 * goes, and whether the member is told once it has gone. A board that never set it has none: a sending needs no
 * second senior manager, and the member is told (unless telling them would prejudice an enquiry, said each time).
 */
@Entity
@Table(name = "transfer_rule")
public class TransferRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "second_senior", nullable = false)
    private boolean secondSenior;

    /** Whether the member is told when a case about them is sent to another board (true unless the board says not). */
    @Column(name = "tell_member", nullable = false)
    private boolean tellMember = true;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected TransferRule() {
    }

    public static TransferRule of(boolean secondSenior, boolean tellMember, String by, Instant at) {
        TransferRule rule = new TransferRule();
        rule.change(secondSenior, tellMember, by, at);
        return rule;
    }

    public void change(boolean secondSenior, boolean tellMember, String by, Instant at) {
        this.secondSenior = secondSenior;
        this.tellMember = tellMember;
        this.changedBy = by;
        this.changedAt = at;
    }

    public boolean tellMember() {
        return tellMember;
    }

    public boolean secondSenior() {
        return secondSenior;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
