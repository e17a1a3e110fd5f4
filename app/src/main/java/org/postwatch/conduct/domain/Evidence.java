package org.postwatch.conduct.domain;

import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A piece of evidence as the case page lists it: an uploaded file (with its SHA-256, taken on upload) or a link to a
 * record in the archive (with the content hash the archive gave for it).
 */
public record Evidence(
        EvidenceId id,
        CaseId caseId,
        Kind kind,
        String fileName,
        String mediaType,
        Long sizeBytes,
        byte[] sha256,
        UUID archiveRecordId,
        String archiveContentHash,
        String note,
        String addedByName,
        Instant addedAt) {

    public enum Kind {
        FILE,
        ARCHIVE_RECORD
    }

    public boolean isFile() {
        return kind == Kind.FILE;
    }

    public String sha256Hex() {
        return sha256 == null ? null : HexFormat.of().formatHex(sha256);
    }

    /** A human-readable file size, such as "2.4 MB". */
    public String size() {
        if (sizeBytes == null) {
            return "";
        }
        if (sizeBytes < 1024) {
            return sizeBytes + " bytes";
        }
        if (sizeBytes < 1024 * 1024) {
            return String.format(java.util.Locale.UK, "%.1f KB", sizeBytes / 1024.0);
        }
        return String.format(java.util.Locale.UK, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
}
