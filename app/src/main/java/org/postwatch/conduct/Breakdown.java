package org.postwatch.conduct;

import java.util.List;

/**
 * Cases counted by one characteristic, such as platform or outcome, with small numbers suppressed.
 *
 * @param total the number the cells add up to, or empty ({@code null}) when a case can fall in several cells
 */
public record Breakdown(String key, String title, List<Cell> cells, Figure total) {

    /** One row of a breakdown. */
    public record Cell(String key, String label, Figure figure) {}

    public Breakdown {
        cells = List.copyOf(cells);
    }

    public boolean anySuppressed() {
        return cells.stream().anyMatch(cell -> cell.figure().isSuppressed());
    }

    public Figure figure(String cellKey) {
        return cells.stream()
                .filter(cell -> cell.key().equals(cellKey))
                .map(Cell::figure)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No cell " + cellKey + " in " + key));
    }
}
