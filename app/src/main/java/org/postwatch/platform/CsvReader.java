package org.postwatch.platform;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads CSV exports (RFC 4180: quoted fields, doubled quotes, embedded commas and line breaks) from HR and learning
 * systems. Headers are matched case-insensitively, ignoring spaces and underscores, so "Collar Number" and
 * "collar_number" are the same column.
 */
public final class CsvReader {

    private CsvReader() {}

    /** One data row: its line number in the file (for error reports) and values by normalised header. */
    public record Row(int line, Map<String, String> values) {

        public String get(String column) {
            String value = values.get(normalise(column));
            return value == null ? "" : value.trim();
        }

        public boolean has(String column) {
            return values.containsKey(normalise(column));
        }
    }

    public static List<Row> read(Reader reader) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> current = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        int c;
        while ((c = reader.read()) != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            reader.reset();
                        }
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
                continue;
            }
            switch (ch) {
                case '"' -> {
                    if (!fieldStarted) {
                        quoted = true;
                        fieldStarted = true;
                    } else {
                        field.append(ch);
                    }
                }
                case ',' -> {
                    current.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                }
                case '\r' -> {}
                case '\n' -> {
                    current.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                    records.add(current);
                    lines.add(recordLine);
                    current = new ArrayList<>();
                    line++;
                    recordLine = line;
                }
                default -> {
                    field.append(ch);
                    fieldStarted = true;
                }
            }
        }
        if (fieldStarted || field.length() > 0 || !current.isEmpty()) {
            current.add(field.toString());
            records.add(current);
            lines.add(recordLine);
        }
        if (records.isEmpty()) {
            return List.of();
        }
        List<String> headers = records.getFirst().stream()
                .map(header -> normalise(header.replace("\uFEFF", "")))
                .toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int j = 0; j < headers.size(); j++) {
                values.put(headers.get(j), j < record.size() ? record.get(j) : "");
            }
            rows.add(new Row(lines.get(i), values));
        }
        return rows;
    }

    static String normalise(String header) {
        return header.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }
}
