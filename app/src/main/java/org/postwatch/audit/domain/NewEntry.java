package org.postwatch.audit.domain;

import java.util.Map;
import java.util.UUID;
import org.postwatch.platform.ForceId;

/** An audit entry before it is chained. */
public record NewEntry(
        ForceId force,
        UUID actorId,
        String actorName,
        String action,
        String recordType,
        String recordId,
        String reason,
        String sourceIp,
        Map<String, String> details) {

    public NewEntry {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
