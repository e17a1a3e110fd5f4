package org.postwatch.inbox;

import java.time.Instant;
import java.util.UUID;

/** A force's keyword trigger: an item containing the word goes to the team, for example "dog" to the Dog Unit. */
public record KeywordRoute(UUID id, String keyword, String team, String createdBy, Instant createdAt) {}
