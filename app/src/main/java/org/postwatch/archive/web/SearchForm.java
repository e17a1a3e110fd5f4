package org.postwatch.archive.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.postwatch.archive.ArchiveQuery;
import org.postwatch.archive.ArchiveRecordType;
import org.postwatch.platform.StaffId;
import org.springframework.web.util.UriComponentsBuilder;

/** The archive search form as typed; dates and choices are checked here so a mistake is reported, not lost. */
record SearchForm(
        String text,
        String account,
        String author,
        String from,
        String to,
        String outcome,
        String category,
        String type,
        Integer page) {

    public boolean submitted() {
        return text != null
                || account != null
                || author != null
                || from != null
                || to != null
                || outcome != null
                || category != null
                || type != null;
    }

    int pageNumber() {
        return page == null || page < 1 ? 1 : page;
    }

    ArchiveQuery toQuery(List<String> errors) {
        LocalDate fromDate = date(from, "From", errors);
        LocalDate toDate = date(to, "To", errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add("The To date must be the same as or after the From date");
        }
        return new ArchiveQuery(
                text, account, staff(author, errors), fromDate, toDate, outcome, category, type(type, errors));
    }

    /** The search as query parameters, for paging links and a hold on this search. */
    public String queryString() {
        // "text" always appears, even empty, so a page link still counts as a submitted search.
        var builder = UriComponentsBuilder.newInstance().queryParam("text", text == null ? "" : text.trim());
        add(builder, "account", account);
        add(builder, "author", author);
        add(builder, "from", from);
        add(builder, "to", to);
        add(builder, "outcome", outcome);
        add(builder, "category", category);
        add(builder, "type", type);
        String query = builder.build().encode().getQuery();
        return query == null ? "" : query;
    }

    private static void add(UriComponentsBuilder builder, String name, String value) {
        if (value != null && !value.isBlank()) {
            builder.queryParam(name, value.trim());
        }
    }

    private static LocalDate date(String value, String label, List<String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(label + " date must be a real date, like 2026-03-31");
            return null;
        }
    }

    private static StaffId staff(String value, List<String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new StaffId(UUID.fromString(value.trim()));
        } catch (IllegalArgumentException e) {
            errors.add("Choose the author from the list");
            return null;
        }
    }

    private static ArchiveRecordType type(String value, List<String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ArchiveRecordType.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            errors.add("Choose the kind of record from the list");
            return null;
        }
    }
}
