package org.postwatch.insights;

import java.util.List;

/**
 * Every force's measures side by side for the inspectorate: counts only, each force suppressed on its own, no
 * national totals and never a person or an account.
 */
public record Inspection(Period period, List<Table> tables, int forces) {

    public Inspection {
        tables = List.copyOf(tables);
    }

    /** Explains the suppressed marker in the same words as conduct's statistics. */
    public static final String SUPPRESSION_NOTE = org.postwatch.conduct.Figure.SUPPRESSION_NOTE;

    public Table table(String id) {
        return tables.stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id));
    }
}
