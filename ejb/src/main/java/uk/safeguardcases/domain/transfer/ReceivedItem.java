package uk.safeguardcases.domain.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;

/**
 * One thing another board sent with a case: an allegation (the clause it cites, its category, severity and
 * particulars) or an evidence item (its address, its captured text, when it was captured and the SHA-256 of its
 * content as the sending board recorded it). Read-only: the receiving board reads it as it came.
 */
@Embeddable
public class ReceivedItem implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the item is. */
    public enum Kind {
        ALLEGATION, EVIDENCE
    }

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(length = 2000)
    private String title;

    @Column(length = 20000)
    private String detail;

    @Column(length = 2000)
    private String url;

    @Column(length = 64)
    private String sha256;

    @Column(name = "captured_at")
    private Instant capturedAt;

    protected ReceivedItem() {
    }

    private ReceivedItem(Kind kind, String title, String detail, String url, String sha256, Instant capturedAt) {
        this.kind = kind.name();
        this.title = title;
        this.detail = detail;
        this.url = url;
        this.sha256 = sha256;
        this.capturedAt = capturedAt;
    }

    /** An allegation: {@code title} names its clause, category and severity, {@code particulars} what is alleged. */
    public static ReceivedItem allegation(String title, String particulars) {
        return new ReceivedItem(Kind.ALLEGATION, title, particulars, null, null, null);
    }

    /** An evidence item as the sending board recorded it. */
    public static ReceivedItem evidence(String title, String capturedText, String url, String sha256,
            Instant capturedAt) {
        return new ReceivedItem(Kind.EVIDENCE, title, capturedText, url, sha256, capturedAt);
    }

    public Kind kind() {
        return Kind.valueOf(kind);
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public String url() {
        return url;
    }

    public String sha256() {
        return sha256;
    }

    public Instant capturedAt() {
        return capturedAt;
    }

    // For the pages (Faces reads properties).
    public String getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getDetail() {
        return detail;
    }

    public String getUrl() {
        return url;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getCapturedAt() {
        return capturedAt;
    }
}
