package org.postwatch.audit;

/** The first place a chain fails verification: what kind of break, at which entry number, in plain words. */
public record ChainBreak(BreakKind kind, long seq, String detail) {}
