package org.postwatch.archive.domain;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.archive.ArchiveQuery;
import org.postwatch.archive.ArchiveRecordId;
import org.postwatch.archive.ArchiveRecordType;
import org.postwatch.archive.SearchHit;
import org.postwatch.archive.SearchHit.SnippetPart;
import org.postwatch.archive.SearchResults;
import org.postwatch.platform.ForceId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Full-text search over a force's archive through {@code archive.record_search}, newest first: a GIN index finds
 * rare words, the time index serves common ones, and only the page's rows get a highlighted snippet.
 */
@Repository
public class ArchiveSearchQueries {

    private static final String MARK_START = "\u27e6";
    private static final String MARK_END = "\u27e7";

    /** PostgreSQL's SQLSTATE for a statement cancelled by {@code statement_timeout}. */
    private static final String QUERY_CANCELED = "57014";

    private final JdbcClient jdbc;
    private final Duration countBudget;

    ArchiveSearchQueries(
            JdbcClient jdbc, @Value("${postwatch.archive.search.count-budget:60ms}") Duration countBudget) {
        this.jdbc = jdbc;
        this.countBudget = countBudget;
    }

    public SearchResults search(ForceId force, ArchiveQuery query, boolean publishedOnly, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = SearchPredicate.where(query, publishedOnly, "q_", params);
        boolean wordsOnly = query.text() != null
                && query.account() == null
                && query.author() == null
                && query.from() == null
                && query.to() == null
                && query.outcome() == null
                && query.category() == null
                && query.type() == null;
        return search(force, where, params, query.text(), page, size, wordsOnly);
    }

    /** Search with ready-made conditions on {@code r}, for a legal hold's coverage. */
    public SearchResults search(
            ForceId force, String where, Map<String, Object> conditionParams, String text, int page, int size) {
        return search(force, where, conditionParams, text, page, size, false);
    }

    private SearchResults search(
            ForceId force,
            String where,
            Map<String, Object> conditionParams,
            String text,
            int page,
            int size,
            boolean wordsOnly) {
        Map<String, Object> params = new HashMap<>(conditionParams);
        params.put("force", force.value());
        params.put("offset", (Math.max(page, 1) - 1) * size);
        params.put("limit", size + 1);
        params.put("countLimit", SearchResults.COUNT_LIMIT + 1);
        if (text != null) {
            params.put("snippetText", text);
        }
        planEachSearchForItsOwnValues();
        Optional<Long> count = countWithinBudget(countSql(where, wordsOnly), params);
        boolean stopped = count.isEmpty();
        // A count that ran out of time means many matches: the time index then finds a page fastest.
        boolean more = stopped || count.get() > SearchResults.COUNT_LIMIT;
        List<SearchHit> hits = jdbc.sql(pageSql(where, text != null, !more))
                .params(params)
                .query((rs, n) -> {
                    Array categories = rs.getArray("categories");
                    return new SearchHit(
                            new ArchiveRecordId(rs.getObject("id", UUID.class)),
                            ArchiveRecordType.valueOf(rs.getString("record_type")),
                            rs.getString("account"),
                            rs.getString("author_name"),
                            rs.getTimestamp("occurred_at").toInstant(),
                            rs.getString("title"),
                            parts(rs.getString("snippet")),
                            rs.getString("outcome"),
                            Arrays.asList((String[]) categories.getArray()),
                            "DISPOSED".equals(rs.getString("status")));
                })
                .list();
        boolean hasNext = hits.size() > size;
        int shownPage = Math.max(page, 1);
        List<SearchHit> shown = hits.stream().limit(size).toList();
        if (stopped) {
            // What is known: every record on the pages so far matches, and one more if there is a next page.
            long known = (long) (shownPage - 1) * size + shown.size();
            return new SearchResults(shown, shownPage, hasNext, known, hasNext, true);
        }
        return new SearchResults(
                shown, shownPage, hasNext, Math.min(count.get(), SearchResults.COUNT_LIMIT), more, false);
    }

    /**
     * The best plan depends on the values: how common the words are, how wide the dates, how rare the category. The
     * JDBC driver prepares a statement on the server after five runs, and PostgreSQL may then switch to one generic
     * plan that ignores the values (at a million records that turned 3 ms pages into 50-100 ms ones). For the rest
     * of this transaction, every statement is planned for its own values; planning takes well under a millisecond.
     */
    private void planEachSearchForItsOwnValues() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true)")
                    .query(String.class)
                    .single();
        }
    }

    /**
     * Runs a count, but gives up after the count budget: a common word with a filter can make PostgreSQL build a
     * bitmap of most of the archive just to count to 1,000, and a search should not wait for that. The count runs
     * under a savepoint with a local {@code statement_timeout}; rolling back to the savepoint afterwards restores
     * the transaction's own timeout and leaves the transaction usable whether the count finished or not. Outside a
     * transaction the count simply runs to the end.
     *
     * @return the count, or empty when it was stopped
     */
    public Optional<Long> countWithinBudget(String sql, Map<String, Object> params) {
        if (!TransactionSynchronizationManager.isActualTransactionActive() || countBudget.isZero()) {
            return Optional.of(jdbc.sql(sql).params(params).query(Long.class).single());
        }
        jdbc.sql("savepoint archive_count").update();
        try {
            jdbc.sql("select set_config('statement_timeout', :budget, true)")
                    .param("budget", Math.max(1, countBudget.toMillis()) + "ms")
                    .query(String.class)
                    .single();
            return Optional.of(jdbc.sql(sql).params(params).query(Long.class).single());
        } catch (DataAccessException e) {
            if (e.getMostSpecificCause() instanceof SQLException cause && QUERY_CANCELED.equals(cause.getSQLState())) {
                return Optional.empty();
            }
            throw e;
        } finally {
            jdbc.sql("rollback to savepoint archive_count").update();
        }
    }

    /**
     * How many records match, counting no further than {@code :countLimit}. For words alone the count is ordered as
     * the page is: when most records match a common word, PostgreSQL then walks the time index and stops at the
     * limit (milliseconds) rather than first building a bitmap of hundreds of thousands of matches (hundreds of
     * milliseconds); a rare word still uses the word index. With other filters an ordered count can make the planner
     * walk the time index past many non-matching records, so those are counted unordered.
     */
    public static String countSql(String where, boolean ordered) {
        return "select count(*) from (select 1 from archive.record_search r where r.force_id = :force and " + where
                + (ordered ? " order by r.occurred_at desc" : "") + " limit :countLimit) c";
    }

    /**
     * A page of matches, newest first, with snippets for that page only.
     *
     * <p>When few records match ({@code fewMatches}, known from the count), the order is given as an expression the
     * time index cannot serve. Otherwise PostgreSQL, estimating a rare word as commoner than it is, may walk the
     * whole force's time index looking for 20 matches that are not there (seconds at a million records), where the
     * full-text index finds them at once.
     */
    public static String pageSql(String where, boolean withText, boolean fewMatches) {
        String snippet = withText
                ? "ts_headline('english', coalesce(r.content, ''), websearch_to_tsquery('english', :snippetText),"
                        + " 'StartSel=" + MARK_START + ", StopSel=" + MARK_END + ", MaxWords=35, MinWords=15,"
                        + " MaxFragments=2, FragmentDelimiter=\" … \"')"
                : "left(coalesce(r.content, ''), 280)";
        String order = fewMatches ? "r.occurred_at + interval '0 seconds' desc, r.id" : "r.occurred_at desc, r.id";
        return "with page as materialized (select r.id, r.occurred_at from archive.record_search r"
                + " where r.force_id = :force and " + where
                + " order by " + order + " offset :offset limit :limit)"
                + " select r.id, r.record_type, r.account, r.author_name, r.occurred_at, r.title, r.outcome,"
                + " r.categories, r.status, " + snippet + " as snippet"
                + " from page join archive.record_search r on r.id = page.id"
                + " order by page.occurred_at desc, page.id";
    }

    /** Which of these records the conditions match. */
    public List<ArchiveRecordId> matching(
            ForceId force, List<ArchiveRecordId> ids, String where, Map<String, Object> conditionParams) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>(conditionParams);
        params.put("force", force.value());
        params.put("ids", ids.stream().map(ArchiveRecordId::value).toList());
        return jdbc.sql("select r.id from archive.record_search r where r.force_id = :force and r.id in (:ids) and "
                        + where)
                .params(params)
                .query((rs, n) -> new ArchiveRecordId(rs.getObject(1, UUID.class)))
                .list();
    }

    static List<SnippetPart> parts(String snippet) {
        List<SnippetPart> parts = new ArrayList<>();
        if (snippet == null || snippet.isEmpty()) {
            return parts;
        }
        int at = 0;
        while (at < snippet.length()) {
            int start = snippet.indexOf(MARK_START, at);
            if (start < 0) {
                parts.add(new SnippetPart(snippet.substring(at), false));
                break;
            }
            if (start > at) {
                parts.add(new SnippetPart(snippet.substring(at, start), false));
            }
            int end = snippet.indexOf(MARK_END, start);
            if (end < 0) {
                parts.add(new SnippetPart(snippet.substring(start + MARK_START.length()), true));
                break;
            }
            parts.add(new SnippetPart(snippet.substring(start + MARK_START.length(), end), true));
            at = end + MARK_END.length();
        }
        return parts;
    }
}
