package uk.safeguardcases.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The end of one reader's chain of read records: locked while one is appended, so that chain never forks. */
@Entity
@Table(name = "read_head")
public class ReadHead {

    /** A board and a reader. */
    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "tenant_id")
        private String tenantId;

        @Column(name = "reader")
        private String reader;

        protected Key() {
        }

        public Key(String tenantId, String reader) {
            this.tenantId = tenantId;
            this.reader = reader;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.tenantId.equals(tenantId) && key.reader.equals(reader);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(tenantId, reader);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "last_seq", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected ReadHead() {
    }

    public ReadHead(Key key) {
        this.key = key;
        this.lastHash = ReadRecord.GENESIS;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public String lastHash() {
        return lastHash;
    }

    public void advanceTo(ReadRecord record) {
        this.lastSequence = record.sequenceNo();
        this.lastHash = record.recordHash();
    }
}
