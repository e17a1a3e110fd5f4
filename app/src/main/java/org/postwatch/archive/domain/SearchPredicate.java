package org.postwatch.archive.domain;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.postwatch.archive.ArchiveQuery;
import org.postwatch.archive.ArchiveRecordType;
import org.postwatch.platform.LondonTime;

/**
 * Turns a search into SQL conditions on {@code archive.record_search r}, with its parameters named under a prefix so
 * several searches (a legal hold's, say) can share one statement.
 */
public final class SearchPredicate {

    private SearchPredicate() {}

    /** Conditions joined with {@code and}; "true" when the search has none. */
    public static String where(ArchiveQuery query, boolean publishedOnly, String prefix, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (query.text() != null) {
            conditions.add("r.search @@ websearch_to_tsquery('english', :" + prefix + "text)");
            params.put(prefix + "text", query.text());
        }
        if (query.account() != null) {
            conditions.add("r.account = :" + prefix + "account");
            params.put(prefix + "account", query.account());
        }
        if (query.author() != null) {
            conditions.add("r.author_staff_id = :" + prefix + "author");
            params.put(prefix + "author", query.author().value());
        }
        if (query.from() != null) {
            conditions.add("r.occurred_at >= :" + prefix + "from");
            params.put(
                    prefix + "from",
                    Timestamp.from(query.from().atStartOfDay(LondonTime.ZONE).toInstant()));
        }
        if (query.to() != null) {
            conditions.add("r.occurred_at < :" + prefix + "to");
            params.put(
                    prefix + "to",
                    Timestamp.from(
                            query.to().plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant()));
        }
        if (query.outcome() != null) {
            conditions.add("r.outcome = :" + prefix + "outcome");
            params.put(prefix + "outcome", query.outcome());
        }
        if (query.category() != null) {
            conditions.add("r.categories @> array[cast(:" + prefix + "category as text)]");
            params.put(prefix + "category", query.category());
        }
        if (query.type() != null) {
            conditions.add("r.record_type = :" + prefix + "type");
            params.put(prefix + "type", query.type().name());
        }
        if (publishedOnly) {
            // Reviewers see only what the force has published: not drafts, checks, decisions or the public's messages.
            conditions.add("r.record_type = '" + ArchiveRecordType.PUBLICATION_RECEIPT.name() + "'");
        }
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }
}
