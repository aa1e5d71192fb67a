package uk.safeguardcases.web.lowlevel;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.board.MemberChoice;
import uk.safeguardcases.application.lowlevel.ConcernLine;
import uk.safeguardcases.application.lowlevel.LowLevelConcerns;
import uk.safeguardcases.application.lowlevel.LowLevelPolicies;
import uk.safeguardcases.application.lowlevel.LowLevelRegister;
import uk.safeguardcases.application.lowlevel.PolicyView;
import uk.safeguardcases.application.lowlevel.RegisterEntry;
import uk.safeguardcases.application.lowlevel.RegisterReviews;
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
    private LowLevelRegister lowLevelRegister;

    @Inject
    private RegisterReviews registerReviews;

    @Inject
    private LowLevelPolicies policies;

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
    /** The member the concern is about: the id the form posts (chosen from those found), and whom it names. */
    private Long memberId;
    private String chosenName;
    private String summary;
    private LocalDate occurredOn;

    private Long moveConcern;
    private String moveSearch;
    private List<MemberChoice> moveFound;
    private boolean moveSearched;
    private Long moveTo;
    private String moveToName;
    private String moveReason;

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
        register = lowLevelRegister.register();
        lines = lowLevelRegister.concerns(member);
        reviews = registerReviews.reviews();
        policy = policies.policy();
        if (member != null && reviewWhom == null) {
            reviewWhom = String.valueOf(member);
        }
    }

    /**
     * A new search forgets the member chosen before: what is shown is always whom it will be recorded about. The one
     * member found is chosen at once, as the person who searched expects (issue 63).
     */
    public void findMembers() {
        membersFound = boards.findMembers(memberSearch);
        searched = true;
        memberId = null;
        chosenName = null;
        if (membersFound.size() == 1) {
            choose(membersFound.get(0).personId());
        }
    }

    /** The member found is the one the concern is about. */
    public void choose(long personId) {
        MemberChoice chosen = chosen(membersFound, personId);
        memberId = chosen == null ? null : chosen.personId();
        chosenName = chosen == null ? null : named(chosen);
    }

    private static MemberChoice chosen(List<MemberChoice> found, long personId) {
        return found == null ? null : found.stream().filter(m -> m.personId() == personId).findFirst().orElse(null);
    }

    private static String named(MemberChoice m) {
        return m.displayName() + (m.organisationName() == null || m.organisationName().isBlank() ? ""
                : " · " + m.organisationName());
    }

    public String getChosenName() {
        return chosenName;
    }

    /** Records it about the member whose id the form posted; the confirmation names whom the service recorded. */
    public void record() {
        Pages.step("record", () -> {
            LowLevelConcerns.Recorded done;
            try {
                done = concerns.record(memberId, summary, occurredOn);
            } catch (InvalidInputException e) {
                throw atTheChoice(e, memberId, membersFound, "memberSearch");
            }
            return Pages.Done.then(PATH + "?id=" + done.memberId(),
                    Language.text(LowLevelWordsBundle.NAME, "record.doneAbout", done.memberName()));
        });
    }

    public void findMoveMembers() {
        moveFound = boards.findMembers(moveSearch);
        moveSearched = true;
        moveTo = null;
        moveToName = null;
        if (moveFound.size() == 1) {
            chooseMoveTo(moveFound.get(0).personId());
        }
    }

    public void chooseMoveTo(long personId) {
        MemberChoice chosen = chosen(moveFound, personId);
        moveTo = chosen == null ? null : chosen.personId();
        moveToName = chosen == null ? null : named(chosen);
    }

    /** Moves the concern chosen to the member chosen, with the reason. */
    public void move() {
        Pages.step("move", () -> {
            if (moveConcern == null) {
                throw new InvalidInputException(Map.of("concern",
                        Language.text(LowLevelWordsBundle.NAME, "problem.concern.unknown")));
            }
            LowLevelConcerns.Recorded done;
            try {
                done = concerns.move(moveConcern, moveTo, moveReason);
            } catch (InvalidInputException e) {
                throw atTheChoice(e, moveTo, moveFound, "moveSearch");
            }
            return Pages.Done.then(PATH + "?id=" + done.memberId(),
                    Language.text(LowLevelWordsBundle.NAME, "move.done", done.memberName()));
        });
    }

    /**
     * A member not chosen, said where the person can act: at the first "Choose" button when members were found, else
     * at the search field. The hidden field the form posts takes no focus, so the error summary cannot link to it.
     */
    private static InvalidInputException atTheChoice(InvalidInputException e, Long chosen, List<MemberChoice> found,
            String searchField) {
        if (chosen != null || !e.fieldMessages().containsKey("member")) {
            return e;
        }
        Map<String, String> problems = new LinkedHashMap<>(e.fieldMessages());
        problems.remove("member");
        boolean listed = found != null && !found.isEmpty();
        problems.put(listed ? "found:0:choose" : searchField, Language.text(LowLevelWordsBundle.NAME,
                listed ? "problem.member.choose" : "problem.member.find"));
        return new InvalidInputException(problems);
    }

    /** The concerns recorded directly, which a correction can move. */
    public List<ConcernLine> getMovable() {
        return lines == null ? List.of() : lines.stream().filter(l -> l.caseReference() == null).toList();
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
                PATH + (reviewed == null ? "" : "?id=" + reviewed), () -> registerReviews.review(reviewed, note));
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

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public Long getMoveConcern() {
        return moveConcern;
    }

    public void setMoveConcern(Long moveConcern) {
        this.moveConcern = moveConcern;
    }

    public String getMoveSearch() {
        return moveSearch;
    }

    public void setMoveSearch(String moveSearch) {
        this.moveSearch = moveSearch;
    }

    public List<MemberChoice> getMoveFound() {
        return moveFound;
    }

    public boolean isMoveSearched() {
        return moveSearched;
    }

    public Long getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(Long moveTo) {
        this.moveTo = moveTo;
    }

    public String getMoveToName() {
        return moveToName;
    }

    public String getMoveReason() {
        return moveReason;
    }

    public void setMoveReason(String moveReason) {
        this.moveReason = moveReason;
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
