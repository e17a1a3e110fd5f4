package org.postwatch.conduct.web;

import java.util.List;

/** Writes RFC 4180 CSV; every value is quoted when it needs to be, and formula-like values are defused. */
final class CsvWriter {

    private final StringBuilder out = new StringBuilder();

    CsvWriter row(Object... values) {
        return row(List.of(values));
    }

    CsvWriter row(List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(escape(String.valueOf(values.get(i))));
        }
        out.append("\r\n");
        return this;
    }

    static String escape(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
