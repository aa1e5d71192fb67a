package uk.safeguardcases.web.lowlevel;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.board.MemberChoice;
import uk.safeguardcases.application.lowlevel.ConcernLine;
import uk.safeguardcases.application.lowlevel.LowLevelConcerns;
import uk.safeguardcases.application.lowlevel.PolicyView;
import uk.safeguardcases.application.lowlevel.RegisterEntry;
import uk.safeguardcases.application.lowlevel.ReviewLine;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * The register of low-level concerns, by member (officers and senior managers): the entries with their counts in the
 * board's window, the concerns (of one member with {@code ?id=}), a form to record one directly, and for a senior
 * manager the review of the register or of a member's entry.
 */
@Named("lowLevelRegister")
@ViewScoped
public class RegisterView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PATH = "/officer/low-level.xhtml";

    @Inject
    private LowLevelConcerns concerns;

    @Inject
    private BoardService boards;

    private String id;
    private Long member;
    private List<RegisterEntry> register;
    private List<ConcernLine> lines;
    private List<ReviewLine> reviews;
    private PolicyView policy;

    private String memberSearch;
    private List<MemberChoice> membersFound;
    private boolean searched;
    private String memberUsername;
    private String chosenName;
    private String summary;
    private LocalDate occurredOn;

    private String reviewWhom;
    private String note;

    public void load() {
        member = null;
        if (id != null && !id.isBlank()) {
            try {
                member = Long.valueOf(id.strip());
            } catch (NumberFormatException e) {
                Pages.notFound(Language.text(LowLevelWordsBundle.NAME, "member.notFound"));
                return;
            }
        }
        register = concerns.register();
        lines = concerns.concerns(member);
        reviews = concerns.reviews();
        policy = concerns.policy();
        if (member != null && reviewWhom == null) {
            reviewWhom = String.valueOf(member);
        }
    }

    public void findMembers() {
        membersFound = boards.findMembers(memberSearch);
        searched = true;
    }

    /** The member found is the one the concern is about. */
    public void choose(String username) {
        memberUsername = username;
        if (membersFound != null) {
            membersFound.stream().filter(m -> m.username().equals(username)).findFirst()
                    .ifPresent(m -> chosenName = m.displayName() + " · " + m.organisationName());
        }
    }

    public String getChosenName() {
        return chosenName;
    }

    public void record() {
        Pages.step("record", Language.text(LowLevelWordsBundle.NAME, "record.done"), PATH,
                () -> concerns.record(memberUsername, summary, occurredOn));
    }

    public void review() {
        Long whom = null;
        if (reviewWhom != null && !reviewWhom.isBlank()) {
            try {
                whom = Long.valueOf(reviewWhom.strip());
            } catch (NumberFormatException e) {
                Pages.notFound(Language.text(LowLevelWordsBundle.NAME, "member.notFound"));
                return;
            }
        }
        Long reviewed = whom;
        Pages.step("review", Language.text(LowLevelWordsBundle.NAME, "review.done"),
                PATH + (reviewed == null ? "" : "?id=" + reviewed), () -> concerns.review(reviewed, note));
    }

    /** The member whose concerns are shown, by name (null for all). */
    public String getMemberName() {
        if (member == null) {
            return null;
        }
        return register.stream().filter(e -> e.personId() == member).map(RegisterEntry::name).findFirst()
                .orElse(lines.isEmpty() ? "#" + member : lines.get(0).member());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getMember() {
        return member;
    }

    public List<RegisterEntry> getRegister() {
        return register;
    }

    public List<ConcernLine> getLines() {
        return lines;
    }

    public List<ReviewLine> getReviews() {
        return reviews;
    }

    public PolicyView getPolicy() {
        return policy;
    }

    public String getMemberSearch() {
        return memberSearch;
    }

    public void setMemberSearch(String memberSearch) {
        this.memberSearch = memberSearch;
    }

    public List<MemberChoice> getMembersFound() {
        return membersFound;
    }

    public boolean isSearched() {
        return searched;
    }

    public String getMemberUsername() {
        return memberUsername;
    }

    public void setMemberUsername(String memberUsername) {
        this.memberUsername = memberUsername;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getReviewWhom() {
        return reviewWhom;
    }

    public void setReviewWhom(String reviewWhom) {
        this.reviewWhom = reviewWhom;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
