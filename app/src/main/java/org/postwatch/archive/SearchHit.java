package org.postwatch.archive;

import java.time.Instant;
import java.util.List;

/** One search result, with a snippet of the content around the matched words. */
public record SearchHit(
        ArchiveRecordId id,
        ArchiveRecordType type,
        String account,
        String authorName,
        Instant occurredAt,
        String title,
        List<SnippetPart> snippet,
        String outcome,
        List<String> categories,
        boolean disposed) {

    /** A run of snippet text; {@code matched} runs are the words the search found. */
    public record SnippetPart(String text, boolean matched) {}

    public SearchHit {
        snippet = List.copyOf(snippet);
        categories = List.copyOf(categories);
    }
}
