package org.postwatch.audit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Filters for the audit pages and CSV export. Blank means "any". Dates are London calendar days, inclusive.
 *
 * @param person part of the actor's name or username
 * @param actorId exactly this person
 */
public record AuditQuery(
        String person, UUID actorId, String recordType, String recordId, String action, LocalDate from, LocalDate to) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }

    public AuditQuery {
        person = blankToNull(person);
        recordType = blankToNull(recordType);
        recordId = blankToNull(recordId);
        action = blankToNull(action);
    }

    /** The filters in use, for recording an export in the trail. */
    public Map<String, String> describe() {
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "person", person);
        put(filters, "actorId", actorId);
        put(filters, "recordType", recordType);
        put(filters, "recordId", recordId);
        put(filters, "action", action);
        put(filters, "from", from);
        put(filters, "to", to);
        return filters;
    }

    private static void put(Map<String, String> filters, String name, Object value) {
        if (value != null) {
            filters.put(name, value.toString());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
