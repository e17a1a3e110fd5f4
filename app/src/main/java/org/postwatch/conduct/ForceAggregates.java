package org.postwatch.conduct;

/** One force's suppressed figures, for the inspectorate's side-by-side view. */
public record ForceAggregates(String forceCode, String forceName, ConductAggregates aggregates) {}
