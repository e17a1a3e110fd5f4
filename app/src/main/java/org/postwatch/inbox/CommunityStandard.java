package org.postwatch.inbox;

import java.util.UUID;

/** One of the force's published community standards, which every moderation action names. */
public record CommunityStandard(UUID id, String title, String description, boolean active) {}
