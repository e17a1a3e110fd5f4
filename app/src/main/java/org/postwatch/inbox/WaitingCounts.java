package org.postwatch.inbox;

/** How much is waiting for someone: items, unescalated risks to life, and items past their SLA. */
public record WaitingCounts(long waiting, long riskToLife, long overdue) {}
