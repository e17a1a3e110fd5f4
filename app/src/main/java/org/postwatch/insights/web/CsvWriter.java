package org.postwatch.insights.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.postwatch.insights.Table;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Writes a table as RFC 4180 CSV; values are quoted when they need to be and formula-like values are defused. */
final class CsvWriter {

    private CsvWriter() {}

    static String write(Table table) {
        StringBuilder out = new StringBuilder();
        List<String> heading = new ArrayList<>();
        heading.add(table.rowHeading());
        heading.addAll(table.columns());
        row(out, heading);
        for (Table.Row row : table.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(row.label());
            row.values().forEach(v -> cells.add(v.number() == null ? v.text() : plain(v.number())));
            row(out, cells);
        }
        return out.toString();
    }

    /** Numbers without thousands separators, so spreadsheets read them as numbers. */
    private static String plain(double n) {
        return n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n);
    }

    private static void row(StringBuilder out, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(escape(values.get(i)));
        }
        out.append("\r\n");
    }

    static String escape(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    static ResponseEntity<byte[]> download(String fileName, Table table) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(write(table).getBytes(StandardCharsets.UTF_8));
    }
}
