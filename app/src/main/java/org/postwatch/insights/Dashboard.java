package org.postwatch.insights;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A force's measures for a filter: headline figures, every table (each with its chart), and notes on what the figures
 * leave out.
 *
 * @param demoHistory whether the figures include generated demo history (demo forces only)
 */
public record Dashboard(
        Filter filter,
        String forceName,
        List<Headline> headlines,
        Map<String, Table> tables,
        List<String> notes,
        boolean demoHistory) {

    public Dashboard {
        headlines = List.copyOf(headlines);
        tables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tables));
        notes = List.copyOf(notes);
    }

    /** One figure at the top of the page, with what it means. */
    public record Headline(String id, Value value, String label) {}

    public Table table(String id) {
        return Optional.ofNullable(tables.get(id)).orElseThrow(() -> new IllegalArgumentException(id));
    }

    /** The tables of a section, in the order given. */
    public List<Table> tables(List<String> ids) {
        return ids.stream().filter(tables::containsKey).map(tables::get).toList();
    }
}
