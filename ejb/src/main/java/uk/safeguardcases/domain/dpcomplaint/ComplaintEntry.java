package uk.safeguardcases.domain.dpcomplaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;

/** One line of a complaint's own timeline: what happened, when, by whom, in the words of whoever recorded it. */
@Embeddable
public class ComplaintEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What kind of line: RECEIVED, ACKNOWLEDGED, REMINDED, ESCALATED, STEP, OUTCOME. */
    public enum Kind { RECEIVED, ACKNOWLEDGED, REMINDED, ESCALATED, STEP, OUTCOME }

    @Column(name = "happened_at", nullable = false)
    private Instant at;

    @Column(name = "kind", nullable = false, length = 32)
    private String kind;

    @Column(name = "done_by", length = 200)
    private String by;

    @Column(name = "words", length = 4000)
    private String words;

    /** A step whose words were sent to the complainant, shown on their progress page. */
    @Column(name = "shared_with_complainant", nullable = false)
    private boolean shared;

    protected ComplaintEntry() {
    }

    ComplaintEntry(Instant at, Kind kind, String by, String words) {
        this.at = at;
        this.kind = kind.name();
        this.by = by;
        this.words = words;
    }

    public Instant getAt() {
        return at;
    }

    public String getKind() {
        return kind;
    }

    public String getBy() {
        return by;
    }

    public String getWords() {
        return words;
    }

    /** Whether the complainant was sent these words (a step told to them), so may read them on their page. */
    public boolean isShared() {
        return shared;
    }

    ComplaintEntry sharedWithComplainant() {
        shared = true;
        return this;
    }
}
