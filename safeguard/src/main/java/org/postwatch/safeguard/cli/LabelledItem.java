package org.postwatch.safeguard.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.postwatch.safeguard.engine.Category;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One labelled example in the shared/datasets format: {@code {"id","text","label","notes"[,"spans"]}}.
 *
 * @param kind the {@code kind=...} in notes, or {@code "-"} when there is none
 */
public record LabelledItem(String file, String id, String text, String label, String kind, List<GoldSpan> spans) {

    /** A personal-data span the engine should find, as Java string indices (the file gives code points). */
    public record GoldSpan(int start, int end, String type, String value) {}

    /** The category a label is about ("sub_judice" is CONTEMPT), or null for "clean". */
    public Category category() {
        String base = label.startsWith("not_") ? label.substring(4) : label;
        return switch (base) {
            case "personal_data" -> Category.PERSONAL_DATA;
            case "offensive" -> Category.OFFENSIVE;
            case "operational" -> Category.OPERATIONAL_SECURITY;
            case "sub_judice" -> Category.CONTEMPT;
            case "political" -> Category.POLITICAL;
            case "commercial" -> Category.COMMERCIAL;
            case "link" -> Category.LINK;
            case "media_rights" -> Category.MEDIA_RIGHTS;
            default -> null;
        };
    }

    public boolean isPositive() {
        return !label.startsWith("not_") && !isClean();
    }

    public boolean isClean() {
        return label.equals("clean");
    }

    /** Files are read in the order given; a directory stands for its *.jsonl files in name order. */
    public static List<LabelledItem> load(List<String> paths) throws IOException {
        List<LabelledItem> items = new ArrayList<>();
        for (String name : paths) {
            Path path = Path.of(name);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    for (Path file : files.filter(p -> p.toString().endsWith(".jsonl"))
                            .sorted()
                            .toList()) {
                        items.addAll(loadFile(file));
                    }
                }
            } else {
                items.addAll(loadFile(path));
            }
        }
        return items;
    }

    private static List<LabelledItem> loadFile(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Parsed parsed = parse(file.getFileName().toString(), reader);
            if (!parsed.errors().isEmpty()) {
                throw new IOException(parsed.errors().getFirst());
            }
            return parsed.items();
        }
    }

    /** The items read from one file, and one message per line that could not be read. */
    public record Parsed(List<LabelledItem> items, List<String> errors) {

        public Parsed {
            items = List.copyOf(items);
            errors = List.copyOf(errors);
        }
    }

    /**
     * Reads one file of labelled examples, reporting every bad line ({@code "suite.jsonl line 4: ..."}) rather than
     * stopping at the first, so a force uploading its own suite sees everything to fix at once.
     */
    public static Parsed parse(String fileName, Reader input) throws IOException {
        List<LabelledItem> items = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        BufferedReader reader = input instanceof BufferedReader b ? b : new BufferedReader(input);
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String where = fileName + " line " + lineNumber + ": ";
            JsonNode node;
            try {
                node = BulkCheck.JSON.readTree(line);
            } catch (JacksonException e) {
                errors.add(where + "not valid JSON");
                continue;
            }
            String label = node.path("label").asString("");
            if (label.isEmpty() || !node.path("text").isString()) {
                errors.add(where + "needs \"text\" and \"label\"");
                continue;
            }
            String text = node.path("text").stringValue();
            List<GoldSpan> spans = new ArrayList<>();
            boolean spansOk = true;
            for (JsonNode span : node.path("spans")) {
                // The file counts code points (as Python does); the engine's spans are Java string indices.
                int start = span.path("start").asInt();
                int end = span.path("end").asInt();
                if (start < 0 || end < start || end > text.codePointCount(0, text.length())) {
                    errors.add(where + "span " + start + "-" + end + " is outside the text");
                    spansOk = false;
                    continue;
                }
                spans.add(new GoldSpan(
                        text.offsetByCodePoints(0, start),
                        text.offsetByCodePoints(0, end),
                        span.path("type").asString(""),
                        span.path("value").asString("")));
            }
            if (!spansOk) {
                continue;
            }
            String id = node.path("id").asString(fileName + ":" + lineNumber);
            items.add(new LabelledItem(
                    fileName, id, text, label, kind(node.path("notes").asString("")), List.copyOf(spans)));
        }
        return new Parsed(items, errors);
    }

    static String kind(String notes) {
        for (String part : notes.split(";")) {
            String p = part.strip();
            if (p.startsWith("kind=")) {
                return p.substring(5);
            }
        }
        return "-";
    }
}
