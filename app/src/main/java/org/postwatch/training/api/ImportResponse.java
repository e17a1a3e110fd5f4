package org.postwatch.training.api;

import java.util.List;
import org.postwatch.platform.ImportReport;
import org.postwatch.platform.ImportReport.RowStatus;

/** The outcome of a completions import: counts, and every rejected row with what is wrong. */
public record ImportResponse(
        long rows, long recorded, long alreadyRecorded, long rejected, List<RejectedRow> rejectedRows) {

    public record RejectedRow(int line, String row, List<String> problems) {}

    static ImportResponse of(ImportReport report) {
        return new ImportResponse(
                report.rows().size(),
                report.count(RowStatus.CREATED),
                report.count(RowStatus.UPDATED),
                report.rejected(),
                report.rejectedRows().stream()
                        .map(r -> new RejectedRow(r.line(), r.label(), r.messages()))
                        .toList());
    }
}
