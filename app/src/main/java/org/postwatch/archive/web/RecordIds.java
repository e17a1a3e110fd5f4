package org.postwatch.archive.web;

import java.util.List;
import java.util.UUID;
import org.postwatch.archive.ArchiveRecordId;
import org.postwatch.platform.RecordNotFoundException;

/** Record ids as posted by selection forms; a malformed id is answered as not found. */
final class RecordIds {

    private RecordIds() {}

    static List<ArchiveRecordId> parse(List<String> ids) {
        if (ids == null) {
            return List.of();
        }
        return ids.stream()
                .filter(id -> id != null && !id.isBlank())
                .distinct()
                .map(id -> {
                    try {
                        return new ArchiveRecordId(UUID.fromString(id.trim()));
                    } catch (IllegalArgumentException e) {
                        throw new RecordNotFoundException("Archive record", id);
                    }
                })
                .toList();
    }

    /** Only paths inside the archive pages, so a form cannot send someone elsewhere. */
    static String safeReturn(String returnTo) {
        return returnTo != null && returnTo.startsWith("/archive") && !returnTo.startsWith("//")
                ? returnTo
                : "/archive";
    }
}
