package uk.safeguardcases.domain.search;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.TenantId;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.people.SeparationOfDuties;
import uk.safeguardcases.domain.people.Decision;

/**
 * LSCB §3: "If SM systems are searched to collect information on specific children, there must be a justifiable
 * concern. The activity must be authorised by a member of staff of appropriate seniority and the process and its
 * outcomes logged." The child is identified minimally: the board's reference and the agency's own case number, and
 * the year of birth that sets how long this is kept. Authorised by a senior who is not the requester, for named
 * platforms until a moment; searched and logged only within that; then its outcome.
 */
@Entity
@Table(name = "child_search")
public class ChildSearch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(name = "child_reference", nullable = false, updatable = false)
    private String childReference;

    @Column(name = "agency_case_number", nullable = false, updatable = false)
    private String agencyCaseNumber;

    @Column(name = "child_birth_year", nullable = false, updatable = false)
    private int childBirthYear;

    @Column(nullable = false, updatable = false)
    private String concern;

    @Column(nullable = false, updatable = false)
    private String platforms;

    @Column(name = "looked_at", nullable = false, updatable = false)
    private String lookedAt;

    @Column(name = "open_methods_declared", nullable = false, updatable = false)
    private boolean openMethodsDeclared;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChildSearchStatus status = ChildSearchStatus.AWAITING_AUTHORISATION;

    @Embedded
    private Decision decided;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "authorised_platforms")
    private String authorisedPlatforms;

    @Column(name = "authorised_scope")
    private String authorisedScope;

    @Column(name = "authorised_until")
    private Instant authorisedUntil;

    @Column(name = "window_ended_at")
    private Instant windowEndedAt;

    @Column(name = "window_expired", nullable = false)
    private boolean windowExpired;

    @Enumerated(EnumType.STRING)
    private ChildSearchOutcome outcome;

    @Column(name = "outcome_reference")
    private String outcomeReference;

    @Column(name = "outcome_summary")
    private String outcomeSummary;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "keep_until", nullable = false)
    private LocalDate keepUntil;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Version
    private long version;

    /** The earliest year of birth of a child a search is asked about. */
    public static final int EARLIEST_BIRTH_YEAR = 1990;

    protected ChildSearch() {
    }

    public ChildSearch(String reference, String childReference, String agencyCaseNumber, int childBirthYear,
            String concern, Collection<Platform> platforms, String lookedAt, boolean openMethodsDeclared,
            String requestedBy, Instant requestedAt, int keepUntilAge) {
        this.reference = reference;
        this.childReference = childReference;
        this.agencyCaseNumber = agencyCaseNumber;
        this.childBirthYear = childBirthYear;
        this.concern = concern;
        this.platforms = names(platforms);
        this.lookedAt = lookedAt;
        this.openMethodsDeclared = openMethodsDeclared;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.keepUntil = keepUntil(childBirthYear, keepUntilAge);
    }

    /**
     * Kept until the child reaches {@code age}: with the year of birth only, the last day of the year in which they
     * do, so it is never removed before their birthday.
     */
    public static LocalDate keepUntil(int birthYear, int age) {
        return LocalDate.of(birthYear + age, 12, 31);
    }

    /** Whether {@code year} can be the year of birth of a child a search is asked about in {@code thisYear}. */
    public static boolean possibleBirthYear(int year, int thisYear) {
        return year >= EARLIEST_BIRTH_YEAR && year <= thisYear;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Four eyes (LSCB §3): never authorised or refused by who asked. */
    public boolean decidableBy(String username) {
        return SeparationOfDuties.permits(requestedBy, username);
    }

    public boolean awaitingAuthorisation() {
        return status == ChildSearchStatus.AWAITING_AUTHORISATION;
    }

    /** Whether every one of {@code platforms} was asked for: a senior authorises some or all of them, no other. */
    public boolean askedFor(Collection<Platform> platforms) {
        return platforms().containsAll(platforms);
    }

    public void authorise(String by, Instant at, String reason, Collection<Platform> platforms, String scope,
            Instant until) {
        require(ChildSearchStatus.AWAITING_AUTHORISATION);
        this.decided = Decision.byOtherThan(requestedBy, by, at, reference);
        this.status = ChildSearchStatus.AUTHORISED;
        this.decisionReason = reason;
        this.authorisedPlatforms = names(platforms);
        this.authorisedScope = scope;
        this.authorisedUntil = until;
    }

    public void refuse(String by, Instant at, String reason) {
        require(ChildSearchStatus.AWAITING_AUTHORISATION);
        this.decided = Decision.byOtherThan(requestedBy, by, at, reference);
        this.status = ChildSearchStatus.REFUSED;
        this.decisionReason = reason;
    }

    /** Whether a search on {@code platform} at {@code at} is within the authorisation. */
    public boolean windowOpenAt(Instant at) {
        return status == ChildSearchStatus.AUTHORISED && at.isBefore(authorisedUntil);
    }

    public boolean authorisedOn(Platform platform) {
        return authorisedPlatforms().contains(platform);
    }

    /**
     * Why a search on {@code platform} (null: not yet said) at {@code at} may not be logged, or empty when it may: only
     * once authorised, while its window is open, on a platform authorised.
     */
    public Optional<OutsideAuthorisation> outsideAuthorisation(Platform platform, Instant at) {
        if (status == ChildSearchStatus.AWAITING_AUTHORISATION) {
            return Optional.of(OutsideAuthorisation.NOT_YET_AUTHORISED);
        }
        if (status == ChildSearchStatus.REFUSED) {
            return Optional.of(OutsideAuthorisation.REFUSED);
        }
        if (!windowOpenAt(at)) {
            return Optional.of(windowExpired || authorisedUntil != null && !at.isBefore(authorisedUntil)
                    ? OutsideAuthorisation.EXPIRED : OutsideAuthorisation.ENDED);
        }
        if (platform != null && !authorisedOn(platform)) {
            return Optional.of(OutsideAuthorisation.PLATFORM);
        }
        return Optional.empty();
    }

    /** Whether a search said to be made at {@code searchedAt} was made before the authorisation. */
    public boolean searchedBeforeAuthorisation(Instant searchedAt) {
        return decidedAt() != null && searchedAt.isBefore(decidedAt());
    }

    /**
     * The search window ends: at the authorisation's end ({@code expired}) or when the officer finishes. Answers
     * whether it was open (a second end does nothing).
     */
    public boolean endWindow(Instant at, boolean expired) {
        if (status != ChildSearchStatus.AUTHORISED) {
            return false;
        }
        this.status = ChildSearchStatus.AWAITING_OUTCOME;
        this.windowEndedAt = at;
        this.windowExpired = expired;
        return true;
    }

    public void close(ChildSearchOutcome outcome, String outcomeReference, String summary, String by, Instant at) {
        require(ChildSearchStatus.AWAITING_OUTCOME);
        this.status = ChildSearchStatus.CLOSED;
        this.outcome = outcome;
        this.outcomeReference = outcomeReference;
        this.outcomeSummary = summary;
        this.closedBy = by;
        this.closedAt = at;
    }

    /**
     * Retention: a search closed or refused is removed with its log once its "keep until" day has come; one still
     * open is kept whatever its day. ({@code ChildSearchRepository.dueForRemoval} asks the database the same.)
     */
    public boolean dueForRemovalOn(LocalDate today) {
        return (status == ChildSearchStatus.CLOSED || status == ChildSearchStatus.REFUSED) && !keepUntil.isAfter(today);
    }

    private void require(ChildSearchStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Search " + reference + " is " + status);
        }
    }

    private static String names(Collection<Platform> platforms) {
        return platforms.stream().sorted().map(Platform::name).collect(Collectors.joining(","));
    }

    private static Set<Platform> platforms(String names) {
        if (names == null || names.isBlank()) {
            return EnumSet.noneOf(Platform.class);
        }
        return Arrays.stream(names.split(",")).map(Platform::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Platform.class)));
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

    public String childReference() {
        return childReference;
    }

    public String agencyCaseNumber() {
        return agencyCaseNumber;
    }

    public int childBirthYear() {
        return childBirthYear;
    }

    public String concern() {
        return concern;
    }

    public Set<Platform> platforms() {
        return platforms(platforms);
    }

    public String lookedAt() {
        return lookedAt;
    }

    public boolean openMethodsDeclared() {
        return openMethodsDeclared;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public ChildSearchStatus status() {
        return status;
    }

    public String decidedBy() {
        return Decision.byOf(decided);
    }

    public Instant decidedAt() {
        return Decision.atOf(decided);
    }

    public String decisionReason() {
        return decisionReason;
    }

    public Set<Platform> authorisedPlatforms() {
        return platforms(authorisedPlatforms);
    }

    public String authorisedScope() {
        return authorisedScope;
    }

    public Instant authorisedUntil() {
        return authorisedUntil;
    }

    public Instant windowEndedAt() {
        return windowEndedAt;
    }

    public boolean windowExpired() {
        return windowExpired;
    }

    public ChildSearchOutcome outcome() {
        return outcome;
    }

    public String outcomeReference() {
        return outcomeReference;
    }

    public String outcomeSummary() {
        return outcomeSummary;
    }

    public String closedBy() {
        return closedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public LocalDate keepUntil() {
        return keepUntil;
    }

    public String processInstanceId() {
        return processInstanceId;
    }
}
