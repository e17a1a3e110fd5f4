package org.postwatch.archive;

import java.util.List;

/**
 * A page of search results, newest first.
 *
 * @param matches how many records match, counted up to {@code COUNT_LIMIT}; when the count was stopped, how many are
 *     known to match (the pages up to and including this one)
 * @param moreThanCounted true when more records match than were counted
 * @param countStopped true when counting took longer than its time budget and was stopped, so only a lower bound
 *     is known: so many records match a common word that counting them would delay the page
 */
public record SearchResults(
        List<SearchHit> hits, int page, boolean hasNext, long matches, boolean moreThanCounted, boolean countStopped) {

    public static final int COUNT_LIMIT = 1000;

    public SearchResults {
        hits = List.copyOf(hits);
    }

    /** The count as people read it: "1,000+" when there are more, "More than 20" when counting was stopped. */
    public String matchesText() {
        if (countStopped) {
            return "More than " + String.format("%,d", matches);
        }
        return String.format("%,d", matches) + (moreThanCounted ? "+" : "");
    }
}
