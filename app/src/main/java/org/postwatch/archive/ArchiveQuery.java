package org.postwatch.archive;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.postwatch.platform.StaffId;

/**
 * A search of the archive. Blank fields mean "any". Text uses web search syntax ({@code "exact phrase"}, {@code or},
 * {@code -exclude}) with English stemming. Dates are London calendar days, inclusive.
 */
public record ArchiveQuery(
        String text,
        String account,
        StaffId author,
        LocalDate from,
        LocalDate to,
        String outcome,
        String category,
        ArchiveRecordType type) {

    public ArchiveQuery {
        text = blankToNull(text);
        account = blankToNull(account);
        outcome = blankToNull(outcome);
        category = blankToNull(category);
    }

    public static ArchiveQuery text(String text) {
        return new ArchiveQuery(text, null, null, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return text == null
                && account == null
                && author == null
                && from == null
                && to == null
                && outcome == null
                && category == null
                && type == null;
    }

    /** The search as recorded in the audit trail and in a search-based legal hold. */
    public Map<String, String> describe() {
        Map<String, String> terms = new LinkedHashMap<>();
        put(terms, "text", text);
        put(terms, "account", account);
        put(terms, "author", author);
        put(terms, "from", from);
        put(terms, "to", to);
        put(terms, "outcome", outcome);
        put(terms, "category", category);
        put(terms, "type", type);
        return terms;
    }

    /** The search rebuilt from {@link #describe()}. */
    public static ArchiveQuery fromDescription(Map<String, String> terms) {
        return new ArchiveQuery(
                terms.get("text"),
                terms.get("account"),
                terms.containsKey("author") ? StaffId.of(terms.get("author")) : null,
                terms.containsKey("from") ? LocalDate.parse(terms.get("from")) : null,
                terms.containsKey("to") ? LocalDate.parse(terms.get("to")) : null,
                terms.get("outcome"),
                terms.get("category"),
                terms.containsKey("type") ? ArchiveRecordType.valueOf(terms.get("type")) : null);
    }

    private static void put(Map<String, String> terms, String name, Object value) {
        if (value != null) {
            terms.put(name, value.toString());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
