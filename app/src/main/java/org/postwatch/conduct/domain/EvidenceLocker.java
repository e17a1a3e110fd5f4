package org.postwatch.conduct.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.postwatch.audit.Actor;
import org.postwatch.audit.AuditTrail;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence on a case: files kept with the SHA-256 taken on upload and checked again on every download, and links to
 * records in the archive by id and content hash. Evidence is added, never changed.
 */
@Service
@PreAuthorize("hasRole('PROFESSIONAL_STANDARDS')")
public class EvidenceLocker {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final Pattern HEX_SHA256 = Pattern.compile("^[0-9a-f]{64}$");

    /** A file on its way to the investigator, already checked against its hash. */
    public record Download(String fileName, String mediaType, byte[] content, String sha256Hex) {}

    private final CaseAccess access;
    private final EvidenceRepository evidence;
    private final CaseHistory history;
    private final AuditTrail audit;
    private final Clock clock;

    EvidenceLocker(CaseAccess access, EvidenceRepository evidence, CaseHistory history, AuditTrail audit, Clock clock) {
        this.access = access;
        this.evidence = evidence;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public EvidenceId addFile(CaseId caseId, String fileName, String mediaType, byte[] content, String note) {
        ConductCase on = access.load(caseId);
        on.requireOpen("add evidence");
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("The file is empty: choose the file to add");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessRuleException("The file must be smaller than 20 MB");
        }
        String name = safeFileName(fileName);
        String type = mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType.strip();
        byte[] hash = sha256(content);
        EvidenceId id = EvidenceId.random();
        Actor by = Actor.of(CurrentUser.get());
        evidence.insertFile(on.force(), id, caseId, name, type, content, hash, clean(note), by, clock.instant());
        String hex = HexFormat.of().formatHex(hash);
        history.add(on.force(), caseId, by, "File added: " + name, "SHA-256 " + hex);
        audit.record(
                ConductActions.EVIDENCE_ADDED,
                "conduct-evidence",
                id,
                null,
                Map.of("case", on.reference(), "file", name, "sha256", hex, "bytes", Integer.toString(content.length)));
        return id;
    }

    /** Links a record held by the archive; its content hash lets anyone check later that it is the same record. */
    @Transactional
    public EvidenceId linkArchiveRecord(CaseId caseId, String archiveRecordId, String contentHash, String note) {
        ConductCase on = access.load(caseId);
        on.requireOpen("add evidence");
        UUID recordId;
        try {
            recordId = UUID.fromString(archiveRecordId == null ? "" : archiveRecordId.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException(
                    "Enter the archive record id as shown in the archive, like 3f2b8c1e-5d4a-4b7e-9c2d-1a6f0e8b7c35");
        }
        String hash = contentHash == null ? "" : contentHash.strip().toLowerCase(Locale.ROOT);
        if (hash.startsWith("sha256:")) {
            hash = hash.substring("sha256:".length());
        }
        if (!HEX_SHA256.matcher(hash).matches()) {
            throw new BusinessRuleException("Enter the record's SHA-256 content hash: 64 characters, 0-9 and a-f");
        }
        EvidenceId id = EvidenceId.random();
        Actor by = Actor.of(CurrentUser.get());
        evidence.insertArchiveLink(on.force(), id, caseId, recordId, hash, clean(note), by, clock.instant());
        history.add(on.force(), caseId, by, "Archive record linked: " + recordId, "SHA-256 " + hash);
        audit.record(
                ConductActions.EVIDENCE_ADDED,
                "conduct-evidence",
                id,
                null,
                Map.of("case", on.reference(), "archiveRecord", recordId.toString(), "sha256", hash));
        return id;
    }

    /**
     * The file, after checking it still matches the hash taken on upload. A mismatch is audited (and kept, even though
     * the download fails) and refused.
     */
    @Transactional(noRollbackFor = EvidenceTamperedException.class)
    public Download download(CaseId caseId, EvidenceId id) {
        ConductCase on = access.load(caseId);
        EvidenceRepository.StoredFile file =
                evidence.file(on.force(), caseId, id).orElseThrow(() -> new RecordNotFoundException("Evidence", id));
        Evidence item = file.evidence();
        byte[] actual = sha256(file.content());
        if (!MessageDigest.isEqual(actual, item.sha256())) {
            audit.record(
                    ConductActions.EVIDENCE_INTEGRITY_FAILED,
                    "conduct-evidence",
                    id,
                    "Stored file does not match its upload hash",
                    Map.of(
                            "case", on.reference(),
                            "file", item.fileName(),
                            "expected", item.sha256Hex(),
                            "actual", HexFormat.of().formatHex(actual)));
            throw new EvidenceTamperedException(on.reference(), item.fileName());
        }
        audit.record(
                ConductActions.EVIDENCE_DOWNLOADED,
                "conduct-evidence",
                id,
                null,
                Map.of("case", on.reference(), "file", item.fileName(), "sha256", item.sha256Hex()));
        return new Download(item.fileName(), item.mediaType(), file.content(), item.sha256Hex());
    }

    static String safeFileName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "evidence";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String clean(String note) {
        String text = note == null ? "" : note.strip();
        if (text.length() > 2000) {
            throw new BusinessRuleException("The note must be 2000 characters or fewer");
        }
        return text;
    }

    static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
