package org.postwatch.archive;

import org.postwatch.audit.AuditAction;

/** What the archive records in the audit trail. */
enum ArchiveActions implements AuditAction {
    KEPT("archive.kept"),
    VIEWED("archive.record-viewed"),
    SEARCHED("archive.searched"),
    RETENTION_CHANGED("archive.retention-changed"),
    RETAINED("archive.retained"),
    DISPOSED("archive.disposed"),
    HOLD_PLACED("archive.hold-placed"),
    HOLD_EXTENDED("archive.hold-extended"),
    HOLD_LIFTED("archive.hold-lifted"),
    HOLD_VIEWED("archive.hold-viewed"),
    EXPORTED("archive.exported"),
    RECORD_EXPORTED("archive.record-exported");

    static final String RECORD = "archive-record";
    static final String HOLD = "legal-hold";
    static final String RULE = "retention-rule";
    static final String SEARCH = "archive-search";
    static final String EXPORT = "archive-export";

    private final String code;

    ArchiveActions(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
