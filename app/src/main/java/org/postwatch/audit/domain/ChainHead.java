package org.postwatch.audit.domain;

/** What {@code audit.chain_head} says the newest entry of a force's chain is. */
public record ChainHead(long seq, byte[] hash) {}
