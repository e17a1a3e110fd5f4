package org.postwatch.archive;

import java.util.Objects;
import java.util.UUID;

/** Identifies an archive record. */
public record ArchiveRecordId(UUID value) {

    public ArchiveRecordId {
        Objects.requireNonNull(value, "value");
    }

    public static ArchiveRecordId of(String value) {
        return new ArchiveRecordId(UUID.fromString(value));
    }

    public static ArchiveRecordId random() {
        return new ArchiveRecordId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
