package org.postwatch.conduct.domain;

import java.time.Instant;

/** A line in a case's own timeline. */
public record HistoryEntry(Instant at, String actorName, String what, String detail) {}
