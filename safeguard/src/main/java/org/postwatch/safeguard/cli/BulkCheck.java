package org.postwatch.safeguard.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import org.postwatch.safeguard.engine.AccountKind;
import org.postwatch.safeguard.engine.Blank;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.engine.Channel;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.ForceProfile;
import org.postwatch.safeguard.engine.SafeguardEngine;
import org.postwatch.safeguard.engine.SafeguardReport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code check} command: one JSONL result per JSONL input line; a bad line gets an error line. */
final class BulkCheck {

    static final ObjectMapper JSON = JsonMapper.builder().build();

    private BulkCheck() {}

    static void run(SafeguardEngine engine, Reader input, PrintStream out) throws IOException {
        BufferedReader reader = input instanceof BufferedReader b ? b : new BufferedReader(input);
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            out.println(JSON.writeValueAsString(checkLine(engine, line, lineNumber)));
        }
        out.flush();
    }

    static ObjectNode checkLine(SafeguardEngine engine, String line, int lineNumber) {
        JsonNode item;
        try {
            item = JSON.readTree(line);
        } catch (JacksonException e) {
            return error(null, lineNumber, "not valid JSON: " + e.getOriginalMessage());
        }
        JsonNode id = item.path("id");
        if (!item.isObject()) {
            return error(null, lineNumber, "each line must be a JSON object with \"id\" and \"text\"");
        }
        JsonNode text = item.path("text");
        if (!text.isString()) {
            return error(id, lineNumber, "\"text\" is missing or not a string");
        }
        if (Blank.isBlank(text.stringValue())) {
            return error(id, lineNumber, "\"text\" is blank: there are no words to check");
        }
        CheckContext context;
        try {
            context = context(item.path("channel"), item.path("accountKind"));
        } catch (IllegalArgumentException e) {
            return error(id, lineNumber, e.getMessage());
        }
        return result(id, text.stringValue(), engine.check(text.stringValue(), context));
    }

    static CheckContext context(JsonNode channel, JsonNode accountKind) {
        CheckContext defaults = CheckContext.defaults();
        return new CheckContext(
                channel.isMissingNode() || channel.isNull()
                        ? defaults.channel()
                        : constant(Channel.class, channel, "channel"),
                accountKind.isMissingNode() || accountKind.isNull()
                        ? defaults.accountKind()
                        : constant(AccountKind.class, accountKind, "accountKind"),
                List.of(),
                List.of(),
                ForceProfile.none());
    }

    private static <E extends Enum<E>> E constant(Class<E> type, JsonNode node, String field) {
        String raw = node.asString("").strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(raw)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + field + " '" + node.asString("") + "'");
    }

    /**
     * One output line. {@code start} and {@code end} count Unicode code points, as the labelled files' spans do (and
     * as Python counts a string's characters): an emoji before a phone number moves it by one, not by two UTF-16
     * units. For text without characters outside the Basic Multilingual Plane the two counts are the same.
     */
    static ObjectNode result(JsonNode id, String text, SafeguardReport report) {
        ObjectNode result = JSON.createObjectNode();
        if (id == null || id.isMissingNode()) {
            result.putNull("id");
        } else {
            result.set("id", id);
        }
        result.put("outcome", report.outcome().name());
        ArrayNode categories = result.putArray("categories");
        for (Category category : report.categories()) {
            categories.add(category.name());
        }
        ArrayNode findings = result.putArray("findings");
        for (SafeguardReport.Decision decision : report.decisions()) {
            Finding finding = decision.finding();
            ObjectNode f = findings.addObject();
            f.put("category", finding.category().name());
            f.put("rule", finding.rule());
            f.put("start", text.codePointCount(0, finding.span().start()));
            f.put("end", text.codePointCount(0, finding.span().end()));
            f.put("severity", finding.severity().name());
            f.put("confidence", finding.confidence());
            f.put("message", finding.reason());
            if (finding.suggestion() != null) {
                f.put("suggestion", finding.suggestion());
            }
            f.put("outcome", decision.outcome().name());
        }
        result.put("policyVersion", report.policyVersion());
        return result;
    }

    private static ObjectNode error(JsonNode id, int lineNumber, String message) {
        ObjectNode error = JSON.createObjectNode();
        if (id == null || id.isMissingNode()) {
            error.putNull("id");
        } else {
            error.set("id", id);
        }
        error.put("line", lineNumber);
        error.put("error", message);
        return error;
    }
}
