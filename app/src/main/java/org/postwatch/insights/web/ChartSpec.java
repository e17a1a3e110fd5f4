package org.postwatch.insights.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postwatch.insights.Table;
import org.postwatch.insights.Value;
import tools.jackson.databind.json.JsonMapper;

/**
 * A table's chart as JSON for the page's data attribute: labels, and a series per charted column with its numbers
 * (null where suppressed or empty) and the texts the table shows.
 */
final class ChartSpec {

    private ChartSpec() {}

    static String of(Table table, JsonMapper json) {
        Table.Chart chart = table.chart();
        if (chart == null) {
            return "{}";
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("title", table.title());
        spec.put("type", chart.type());
        spec.put("stacked", chart.stacked());
        spec.put("horizontal", chart.horizontal());
        spec.put("labels", table.rows().stream().map(Table.Row::label).toList());
        List<Map<String, Object>> series = new ArrayList<>();
        for (int column : chart.series()) {
            Map<String, Object> set = new LinkedHashMap<>();
            set.put("name", table.columns().get(column));
            set.put(
                    "values",
                    table.rows().stream()
                            .map(r -> r.values().get(column).number())
                            .toList());
            set.put(
                    "texts",
                    table.rows().stream()
                            .map(r -> r.values().get(column).text())
                            .toList());
            series.add(set);
        }
        spec.put("series", series);
        return json.writeValueAsString(spec);
    }

    /** True when every charted number is empty: nothing to draw. */
    static boolean blank(Table table) {
        if (table.chart() == null) {
            return true;
        }
        for (Table.Row row : table.rows()) {
            for (int column : table.chart().series()) {
                Value v = row.values().get(column);
                if (v.number() != null && v.number() != 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
