package org.postwatch.safeguard.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.postwatch.safeguard.cli.LabelledItem;

/**
 * A force's own labelled examples in the shared datasets' JSONL format ({@code {"id","text","label","notes"}}), used
 * to test a policy version before it is switched on.
 */
public record ExampleSuite(String fileName, String content, int itemCount, Instant uploadedAt, String uploadedByName) {

    public List<LabelledItem> items() {
        try {
            return LabelledItem.parse(fileName, new StringReader(content)).items();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many items carry each label, for example {@code clean=8, personal_data=4}. */
    public Map<String, Long> labelCounts() {
        Map<String, Long> counts = new TreeMap<>();
        items().forEach(item -> counts.merge(item.label(), 1L, Long::sum));
        return counts;
    }
}
