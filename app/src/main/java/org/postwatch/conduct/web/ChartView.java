package org.postwatch.conduct.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postwatch.conduct.Breakdown;
import org.postwatch.conduct.Figure;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart and the table behind it. The chart's data goes to the browser in a data attribute as JSON; suppressed
 * figures are sent as null with the word "suppressed", never as their number.
 */
public record ChartView(String id, String title, String caption, boolean horizontal, String json, Breakdown breakdown) {

    /** One named series of figures, for charts comparing forces. */
    record Series(String name, List<Figure> figures) {}

    static ChartView of(Breakdown breakdown, boolean horizontal, String caption, JsonMapper json) {
        List<String> labels =
                breakdown.cells().stream().map(Breakdown.Cell::label).toList();
        List<Figure> figures =
                breakdown.cells().stream().map(Breakdown.Cell::figure).toList();
        return new ChartView(
                "chart-" + breakdown.key(),
                breakdown.title(),
                caption,
                horizontal,
                spec(breakdown.title(), horizontal, labels, List.of(new Series("Cases", figures)), json),
                breakdown);
    }

    static String spec(String title, boolean horizontal, List<String> labels, List<Series> series, JsonMapper json) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("title", title);
        spec.put("horizontal", horizontal);
        spec.put("labels", labels);
        List<Map<String, Object>> sets = new ArrayList<>();
        for (Series s : series) {
            Map<String, Object> set = new LinkedHashMap<>();
            set.put("name", s.name());
            set.put("values", s.figures().stream().map(Figure::value).toList());
            set.put("texts", s.figures().stream().map(Figure::text).toList());
            sets.add(set);
        }
        spec.put("series", sets);
        return json.writeValueAsString(spec);
    }
}
