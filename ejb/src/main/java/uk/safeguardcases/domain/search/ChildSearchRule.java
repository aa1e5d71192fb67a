package uk.safeguardcases.domain.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A board's rule on searching about a child, quoting the clause it rests on (issue 16, part 2). One per board. */
@Entity
@Table(name = "child_search_rule")
public class ChildSearchRule {

    /** LSCB §3, first point: the rule of a board that has set none. */
    public static final String LSCB_3A = "If SM systems are searched to collect information on specific children, there"
            + " must be a justifiable concern. The activity must be authorised by a member of staff of appropriate"
            + " seniority and the process and its outcomes logged.";

    /** The longest a board may let a senior authorise a search window for. */
    public static final int MAX_WINDOW_DAYS = 28;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SearchRuleKind rule;

    @Column(name = "clause_reference")
    private String clauseReference;

    @Column(name = "clause_text", nullable = false)
    private String clauseText;

    @Column(name = "window_days", nullable = false)
    private int windowDays;

    @Column(name = "keep_until_age", nullable = false)
    private int keepUntilAge;

    @Column(name = "set_by", nullable = false)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Version
    private long version;

    protected ChildSearchRule() {
    }

    public ChildSearchRule(SearchRuleKind rule, String clauseReference, String clauseText, int windowDays,
            int keepUntilAge, String setBy, Instant setAt) {
        change(rule, clauseReference, clauseText, windowDays, keepUntilAge, setBy, setAt);
    }

    /** The rule of a board that has set none: allowed with authorisation, as LSCB §3 (not saved). */
    public static ChildSearchRule standard() {
        return new ChildSearchRule(SearchRuleKind.AUTHORISATION_REQUIRED, null, "LSCB section 3: " + LSCB_3A, 7, 25,
                "system", Instant.EPOCH);
    }

    public final void change(SearchRuleKind rule, String clauseReference, String clauseText, int windowDays,
            int keepUntilAge, String setBy, Instant setAt) {
        this.rule = rule;
        this.clauseReference = clauseReference;
        this.clauseText = clauseText;
        this.windowDays = windowDays;
        this.keepUntilAge = keepUntilAge;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    /** Whether a board may set windows of up to {@code days}: at least a day, at most {@link #MAX_WINDOW_DAYS}. */
    public static boolean possibleWindow(int days) {
        return days >= 1 && days <= MAX_WINDOW_DAYS;
    }

    /** Whether a board may keep a child's searches until their {@code age}th birthday: from 18 to 100. */
    public static boolean possibleKeepUntilAge(int age) {
        return age >= 18 && age <= 100;
    }

    /** Whether a senior may authorise a window of {@code days} under this rule. */
    public boolean allowsWindowOf(int days) {
        return days >= 1 && days <= windowDays;
    }

    public boolean prohibits() {
        return rule == SearchRuleKind.PROHIBITED;
    }

    public SearchRuleKind rule() {
        return rule;
    }

    public String clauseReference() {
        return clauseReference;
    }

    public String clauseText() {
        return clauseText;
    }

    public int windowDays() {
        return windowDays;
    }

    public int keepUntilAge() {
        return keepUntilAge;
    }

    public String setBy() {
        return setBy;
    }

    public Instant setAt() {
        return setAt;
    }
}
