package org.postwatch.archive;

import java.util.List;

/** What a review decision did to each record it named. */
public record ReviewResult(List<ArchiveRecordId> retained, List<ArchiveRecordId> disposed, List<Held> held) {

    /** A record that was not disposed because holds cover it. */
    public record Held(ArchiveRecordId id, List<String> holds) {}

    public ReviewResult {
        retained = List.copyOf(retained);
        disposed = List.copyOf(disposed);
        held = List.copyOf(held);
    }
}
