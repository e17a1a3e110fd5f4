package org.postwatch.safeguard;

import java.time.Instant;
import org.postwatch.platform.ForceId;

/** A force switched to another version of its safeguard policy; checks from now on use it. */
public record SafeguardPolicyActivated(ForceId force, int number, String version, String reason, Instant at) {}
