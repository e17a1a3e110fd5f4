package org.postwatch.safeguard.cli;

import java.io.BufferedReader;
import java.io.IOException;
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
record LabelledItem(String file, String id, String text, String label, String kind, List<GoldSpan> spans) {

    /** A personal-data span the engine should find. */
    record GoldSpan(int start, int end, String type, String value) {}

    /** The category a label is about ("sub_judice" is CONTEMPT), or null for "clean". */
    Category category() {
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

    boolean isPositive() {
        return !label.startsWith("not_") && !isClean();
    }

    boolean isClean() {
        return label.equals("clean");
    }

    /** Files are read in the order given; a directory stands for its *.jsonl files in name order. */
    static List<LabelledItem> load(List<String> paths) throws IOException {
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
        List<LabelledItem> items = new ArrayList<>();
        String fileName = file.getFileName().toString();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = BulkCheck.JSON.readTree(line);
                } catch (JacksonException e) {
                    throw new IOException(fileName + " line " + lineNumber + ": not valid JSON", e);
                }
                String label = node.path("label").asString("");
                if (label.isEmpty() || !node.path("text").isString()) {
                    throw new IOException(fileName + " line " + lineNumber + ": needs \"text\" and \"label\"");
                }
                List<GoldSpan> spans = new ArrayList<>();
                for (JsonNode span : node.path("spans")) {
                    spans.add(new GoldSpan(
                            span.path("start").asInt(),
                            span.path("end").asInt(),
                            span.path("type").asString(""),
                            span.path("value").asString("")));
                }
                String id = node.path("id").asString(fileName + ":" + lineNumber);
                items.add(new LabelledItem(
                        fileName,
                        id,
                        node.path("text").stringValue(),
                        label,
                        kind(node.path("notes").asString("")),
                        List.copyOf(spans)));
            }
        }
        return items;
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
