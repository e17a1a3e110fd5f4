package org.postwatch.insights;

import java.util.List;

/**
 * A table of figures and the chart drawn from it: the table is what screen readers, exports and the API read; the
 * chart shows the same numbers.
 *
 * @param columns the heading of each value column (the row label's heading is {@code rowHeading})
 * @param chart how to draw it, or null for a table without a chart
 */
public record Table(
        String id,
        String section,
        String title,
        String description,
        String rowHeading,
        List<String> columns,
        List<Row> rows,
        Chart chart) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** One row: its label and a value per column. */
    public record Row(String label, List<Value> values) {
        public Row {
            values = List.copyOf(values);
        }
    }

    /**
     * A bar or line chart of some columns, one series each, with the row labels along the axis.
     *
     * @param stacked bars stacked (parts of a whole) rather than side by side
     * @param horizontal bars along the horizontal axis, for long labels
     */
    public record Chart(String type, List<Integer> series, boolean stacked, boolean horizontal) {

        public static Chart bars(Integer... series) {
            return new Chart("bar", List.of(series), false, false);
        }

        public static Chart horizontalBars(Integer... series) {
            return new Chart("bar", List.of(series), false, true);
        }

        public static Chart stacked(Integer... series) {
            return new Chart("bar", List.of(series), true, false);
        }

        public static Chart lines(Integer... series) {
            return new Chart("line", List.of(series), false, false);
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
