package org.postwatch.archive;

/**
 * The kinds of record the archive keeps. Each names the audit record type its owning module uses, so an evidential
 * export can include the owning module's audit entries about the same record.
 */
public enum ArchiveRecordType {
    POST_VERSION("Post version", "post"),
    CHECK_DECISION("Safeguard check decision", "safeguard-check"),
    REVIEW_DECISION("Review decision", "review"),
    PUBLICATION_RECEIPT("Published post", "publication"),
    INBOUND_MESSAGE("Inbound message", "inbound-message"),
    MODERATION_ACTION("Moderation action", "moderation-action");

    private final String label;
    private final String sourceRecordType;

    ArchiveRecordType(String label, String sourceRecordType) {
        this.label = label;
        this.sourceRecordType = sourceRecordType;
    }

    public String label() {
        return label;
    }

    /** The {@code recordType} the owning module uses for this record in its own audit entries. */
    public String sourceRecordType() {
        return sourceRecordType;
    }
}
