package org.postwatch.archive;

import java.util.List;

/**
 * A page of search results, newest first.
 *
 * @param matches how many records match, counted up to {@code COUNT_LIMIT}
 * @param moreThanCounted true when more records match than were counted
 */
public record SearchResults(List<SearchHit> hits, int page, boolean hasNext, long matches, boolean moreThanCounted) {

    public static final int COUNT_LIMIT = 1000;

    public SearchResults {
        hits = List.copyOf(hits);
    }

    /** The count as people read it: "1,000+" when there are more. */
    public String matchesText() {
        return String.format("%,d", matches) + (moreThanCounted ? "+" : "");
    }
}
