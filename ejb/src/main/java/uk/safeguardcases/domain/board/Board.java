package uk.safeguardcases.domain.board;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import uk.safeguardcases.domain.deadline.BoardDeadlines;
import uk.safeguardcases.domain.people.Role;

/** A safeguarding partner board: the tenant. Its id is the tenant id every board-owned row carries. */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
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

    /** The board's name in Welsh; null when none is given (Welsh pages then show the English). */
    @Column(name = "name_cy")
    private String nameCy;

    @Column(name = "policy_title_cy")
    private String policyTitleCy;

    /** How many months a concern closed at triage with no further action is kept (default 12). */
    @Column(name = "triage_closure_retention_months", nullable = false)
    private int triageClosureRetentionMonths = 12;

    /** The cooling-off period before a closed or false/malicious record may be removed (see {@code CoolingOff}). */
    @Column(name = "cooling_off_days", nullable = false)
    private int coolingOffDays = uk.safeguardcases.domain.cases.CoolingOff.DEFAULT_DAYS;

    /** The board's privacy notice for its people, in English and Welsh; null for the product's standard wording. */
    @Column(name = "privacy_notice")
    private String privacyNotice;

    @Column(name = "privacy_notice_cy")
    private String privacyNoticeCy;

    /** Who to contact about personal data (the data protection officer); null for none given. */
    @Column(name = "privacy_contact")
    private String privacyContact;

    /**
     * The data protection officer: a direct contact for people's questions and complaints about their data, never the
     * compliance officer handling their case; null until the administrator names them.
     */
    @Column(name = "dpo_name")
    private String dpoName;

    @Column(name = "dpo_email")
    private String dpoEmail;

    @Column(name = "dpo_phone")
    private String dpoPhone;

    /** The record of processing (UK GDPR Article 30); null for the product's standard wording. */
    @Column(name = "processing_categories")
    private String processingCategories;

    @Column(name = "processing_lawful_basis")
    private String processingLawfulBasis;

    @Column(name = "processing_recipients")
    private String processingRecipients;

    @Column(name = "welsh_interface", nullable = false)
    private boolean welshInterface;

    @Column(name = "lado_working_days", nullable = false)
    private int ladoWorkingDays;

    /** Working days to report an adult at risk to the local authority's adult safeguarding team (1 by default). */
    @Column(name = "adult_report_working_days", nullable = false)
    private int adultReportWorkingDays = 1;

    @Column(name = "removal_working_days", nullable = false)
    private int removalWorkingDays;

    @Column(name = "removal_reminder_working_days", nullable = false)
    private int removalReminderWorkingDays;

    @Column(name = "cooperation_working_days", nullable = false)
    private int cooperationWorkingDays;

    @Column(name = "hr_acknowledgement_working_days", nullable = false)
    private int hrAcknowledgementWorkingDays;

    @Column(name = "hr_reminder_working_days", nullable = false)
    private int hrReminderWorkingDays;

    /** The roles whose people must use a second factor, by role name, comma-separated ("officer,senior,admin,hr"). */
    @Column(name = "second_factor_roles", nullable = false)
    private String secondFactorRoles;

    /** The board's own identity provider (OpenID Connect), when its people sign in there instead of here. */
    @Column(name = "oidc_issuer")
    private String oidcIssuer;

    @Column(name = "oidc_client_id")
    private String oidcClientId;

    @Column(name = "oidc_client_secret")
    private String oidcClientSecret;

    /** The claim of the identity provider's ID token that holds the person's user name here. */
    @Column(name = "oidc_claim", nullable = false)
    private String oidcClaim;

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

    public String nameCy() {
        return nameCy;
    }

    public String policyTitleCy() {
        return policyTitleCy;
    }

    /** The board's name and policy title in Welsh, as its administrator gives them (blank for none). */
    public void nameInWelsh(String name, String policyTitle) {
        this.nameCy = name;
        this.policyTitleCy = policyTitle;
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

    /** Working days for the LADO referral once the harm threshold is met (DESIGN.md: one working day). */
    public String privacyNotice() {
        return privacyNotice;
    }

    public String privacyNoticeCy() {
        return privacyNoticeCy;
    }

    public String privacyContact() {
        return privacyContact;
    }

    public String processingCategories() {
        return processingCategories;
    }

    public String processingLawfulBasis() {
        return processingLawfulBasis;
    }

    public String processingRecipients() {
        return processingRecipients;
    }

    public String dpoName() {
        return dpoName;
    }

    public String dpoEmail() {
        return dpoEmail;
    }

    public String dpoPhone() {
        return dpoPhone;
    }

    /** The administrator names the board's data protection officer (the phone number may be null). */
    public void nameDataProtectionOfficer(String name, String email, String phone) {
        this.dpoName = name;
        this.dpoEmail = email;
        this.dpoPhone = phone;
    }

    /** The board's own privacy notice and record of processing (null in any of them for the standard wording). */
    public void describePrivacy(String notice, String noticeCy, String contact, String categories, String lawfulBasis,
            String recipients) {
        this.privacyNotice = notice;
        this.privacyNoticeCy = noticeCy;
        this.privacyContact = contact;
        this.processingCategories = categories;
        this.processingLawfulBasis = lawfulBasis;
        this.processingRecipients = recipients;
    }

    public int triageClosureRetentionMonths() {
        return triageClosureRetentionMonths;
    }

    public void keepTriageClosuresFor(int months) {
        this.triageClosureRetentionMonths = months;
    }

    public uk.safeguardcases.domain.cases.CoolingOff coolingOff() {
        return new uk.safeguardcases.domain.cases.CoolingOff(coolingOffDays);
    }

    public void coolOffFor(uk.safeguardcases.domain.cases.CoolingOff coolingOff) {
        this.coolingOffDays = coolingOff.days();
    }

    public int ladoWorkingDays() {
        return ladoWorkingDays;
    }

    /** Working days the member has to remove content (CHSCB 5.3). */
    public int removalWorkingDays() {
        return removalWorkingDays;
    }

    /** Working days before the removal deadline that the member is reminded. */
    public int removalReminderWorkingDays() {
        return removalReminderWorkingDays;
    }

    /** Working days the member has to give a statement or attend an interview (CHSCB 6.3). */
    public int cooperationWorkingDays() {
        return cooperationWorkingDays;
    }

    /** Working days the HR partner has to acknowledge a referral before it is escalated. */
    public int hrAcknowledgementWorkingDays() {
        return hrAcknowledgementWorkingDays;
    }

    /** Working days before the acknowledgement is due that the HR partner is reminded. */
    public int hrReminderWorkingDays() {
        return hrReminderWorkingDays;
    }

    /** Whether a person with these roles must use a second factor on this board. */
    public boolean requiresSecondFactor(Set<Role> roles) {
        return secondFactorRoles().stream().anyMatch(roles::contains);
    }

    public Set<Role> secondFactorRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : (secondFactorRoles == null ? "" : secondFactorRoles).split(",")) {
            if (!name.isBlank()) {
                roles.add(Role.fromRoleName(name.strip()));
            }
        }
        return roles;
    }

    public void requireSecondFactorFor(Set<Role> roles) {
        this.secondFactorRoles = String.join(",", roles.stream().map(Role::roleName)
                .sorted().toList());
    }

    /** The board's single sign-on, when set up: its issuer, the client the product is there, and the claim to map. */
    public Optional<SingleSignOn> singleSignOn() {
        return oidcIssuer == null || oidcIssuer.isBlank() ? Optional.empty()
                : Optional.of(new SingleSignOn(oidcIssuer, oidcClientId, oidcClientSecret, oidcClaim));
    }

    public void useSingleSignOn(SingleSignOn settings) {
        this.oidcIssuer = settings == null ? null : settings.issuer();
        this.oidcClientId = settings == null ? null : settings.clientId();
        this.oidcClientSecret = settings == null ? null : settings.clientSecret();
        this.oidcClaim = settings == null ? "preferred_username" : settings.claim();
    }

    /** All of the board's deadline settings, as the deadline policy reads them. */
    public BoardDeadlines deadlineSettings() {
        return new BoardDeadlines(ladoWorkingDays, removalWorkingDays, removalReminderWorkingDays,
                cooperationWorkingDays, hrAcknowledgementWorkingDays, hrReminderWorkingDays, adultReportWorkingDays);
    }

    public int adultReportWorkingDays() {
        return adultReportWorkingDays;
    }

    /** The adults' route's timescale, for reports made from now on. */
    public void changeAdultReportDays(int days) {
        this.adultReportWorkingDays = days;
    }

    /** New deadlines, for requests and referrals sent from now on (ones already sent keep theirs). */
    public void changeDeadlines(int lado, int removal, int removalReminder, int cooperation, int hrAcknowledgement,
            int hrReminder) {
        this.ladoWorkingDays = lado;
        this.removalWorkingDays = removal;
        this.removalReminderWorkingDays = removalReminder;
        this.cooperationWorkingDays = cooperation;
        this.hrAcknowledgementWorkingDays = hrAcknowledgement;
        this.hrReminderWorkingDays = hrReminder;
    }
}
