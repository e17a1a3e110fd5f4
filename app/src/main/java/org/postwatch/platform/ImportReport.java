package org.postwatch.platform;

import java.util.ArrayList;
import java.util.List;

/** The outcome of a CSV import, row by row: good rows are kept, bad rows are reported with every reason. */
public final class ImportReport {

    public enum RowStatus {
        CREATED,
        UPDATED,
        REJECTED
    }

    public record RowResult(int line, String label, RowStatus status, List<String> messages) {

        public RowResult {
            messages = List.copyOf(messages);
        }
    }

    private final List<RowResult> rows = new ArrayList<>();

    public void add(RowResult row) {
        rows.add(row);
    }

    public List<RowResult> rows() {
        return List.copyOf(rows);
    }

    public long count(RowStatus status) {
        return rows.stream().filter(row -> row.status() == status).count();
    }

    public long accepted() {
        return count(RowStatus.CREATED) + count(RowStatus.UPDATED);
    }

    public long rejected() {
        return count(RowStatus.REJECTED);
    }

    public List<RowResult> rejectedRows() {
        return rows.stream().filter(row -> row.status() == RowStatus.REJECTED).toList();
    }
}
