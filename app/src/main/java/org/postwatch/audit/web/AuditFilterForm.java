package org.postwatch.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.postwatch.audit.AuditQuery;

/** The audit page's filters as typed: dates as text, so a mistyped date is reported rather than lost. */
record AuditFilterForm(
        String person,
        String actor,
        String recordType,
        String recordId,
        String action,
        String from,
        String to,
        Integer page) {

    AuditQuery toQuery(List<String> errors) {
        return new AuditQuery(
                person,
                uuid(actor, errors),
                recordType,
                recordId,
                action,
                date(from, "From", errors),
                date(to, "To", errors));
    }

    int pageNumber() {
        return page == null || page < 1 ? 1 : page;
    }

    static List<String> newErrors() {
        return new ArrayList<>();
    }

    private static LocalDate date(String value, String label, List<String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(label + " date must be a real date, like 2026-11-21");
            return null;
        }
    }

    private static UUID uuid(String value, List<String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            errors.add("The person link is not valid; search by name instead");
            return null;
        }
    }
}
