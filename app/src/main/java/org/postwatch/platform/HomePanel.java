package org.postwatch.platform;

import java.util.List;

/**
 * A panel on a person's home page: what needs their attention, with a link to act on it.
 *
 * @param lines short lines of text, plain (escaped when shown)
 * @param important shown with a warning style, for example an overdue review
 */
public record HomePanel(
        String title, List<String> lines, String linkText, String linkPath, int order, boolean important) {

    public HomePanel {
        lines = List.copyOf(lines);
    }
}
