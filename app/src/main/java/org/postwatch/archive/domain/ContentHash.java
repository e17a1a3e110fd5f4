package org.postwatch.archive.domain;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.postwatch.archive.ArchiveEntry;
import org.postwatch.audit.AuditProof;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical form of a record's content: compact JSON with fields in a fixed order, metadata keys and categories
 * sorted. Its SHA-256 is the record's content hash, and an evidential export ships these exact bytes as
 * {@code content.json}, so {@code sha256sum content.json} shows the hash kept since the record was archived.
 */
public final class ContentHash {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ContentHash() {}

    public static byte[] canonical(ArchiveEntry entry) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("format", "postwatch-archive-record/v1");
        content.put("type", entry.type().name());
        content.put("recordId", entry.recordId());
        content.put("version", entry.version());
        content.put("account", entry.account());
        content.put(
                "authorStaffId", entry.author() == null ? null : entry.author().toString());
        content.put("authorName", entry.authorName());
        content.put(
                "occurredAt", entry.occurredAt().truncatedTo(ChronoUnit.MICROS).toString());
        content.put("title", entry.title());
        content.put("content", entry.content());
        content.put("metadata", new TreeMap<>(entry.metadata()));
        content.put("outcome", entry.outcome());
        content.put("categories", new ArrayList<>(new TreeSet<>(entry.categories())));
        return JSON.writeValueAsBytes(content);
    }

    public static byte[] of(ArchiveEntry entry) {
        return AuditProof.sha256(canonical(entry));
    }
}
