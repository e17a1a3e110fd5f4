package org.postwatch.safeguard.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A force's rules for turning findings into an outcome, written as YAML (see {@code default-policy.yaml}).
 * Two rules no policy can change: CRITICAL findings always BLOCK on force accounts, and on a PERSONAL account
 * every outcome is at most ADVISE. Immutable and thread-safe.
 */
public final class Policy {

    public static final String DEFAULT_RESOURCE = "org/postwatch/safeguard/default-policy.yaml";

    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9-]{1,40}(\\.[a-z0-9-]{1,40}){1,4}");
    private static final Set<String> TOP_KEYS =
            Set.of("name", "version", "description", "confidence", "default", "categories", "rules", "overrides");
    private static final Set<String> OVERRIDE_KEYS =
            Set.of("name", "accountKind", "channel", "default", "categories", "rules");
    private static final Map<Severity, Outcome> BUILT_IN_DEFAULT = new EnumMap<>(Map.of(
            Severity.LOW, Outcome.ADVISE,
            Severity.MEDIUM, Outcome.REVIEW,
            Severity.HIGH, Outcome.REVIEW,
            Severity.CRITICAL, Outcome.BLOCK));

    private static volatile Policy defaultPolicy;

    private final String name;
    private final String version;
    private final double ignoreBelow;
    private final double reviewBelow;
    private final Map<Category, Map<Severity, Outcome>> table;
    private final Map<String, Outcome> rules;
    private final List<Override> overrides;

    /** Changes that apply only to some account kinds or channels; an empty set matches every one. */
    private record Override(
            Set<AccountKind> accountKinds,
            Set<Channel> channels,
            Map<Category, Map<Severity, Outcome>> categories,
            Map<String, Outcome> rules) {

        boolean appliesTo(CheckContext context) {
            return (accountKinds.isEmpty() || accountKinds.contains(context.accountKind()))
                    && (channels.isEmpty() || channels.contains(context.channel()));
        }

        Outcome outcomeFor(Finding finding) {
            Outcome byRule = rules.get(finding.rule());
            if (byRule != null) {
                return byRule;
            }
            Map<Severity, Outcome> row = categories.get(finding.category());
            return row == null ? null : row.get(finding.severity());
        }
    }

    private Policy(
            String name,
            String version,
            double ignoreBelow,
            double reviewBelow,
            Map<Category, Map<Severity, Outcome>> table,
            Map<String, Outcome> rules,
            List<Override> overrides) {
        this.name = name;
        this.version = version;
        this.ignoreBelow = ignoreBelow;
        this.reviewBelow = reviewBelow;
        this.table = table;
        this.rules = rules;
        this.overrides = overrides;
    }

    /** The policy shipped with the engine, used until a force writes its own. */
    public static Policy defaultPolicy() {
        Policy policy = defaultPolicy;
        if (policy == null) {
            try (InputStream in = Policy.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
                Objects.requireNonNull(in, DEFAULT_RESOURCE);
                policy = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (PolicyException e) {
                throw new IllegalStateException("The shipped default policy is invalid: " + e.getMessage(), e);
            }
            defaultPolicy = policy;
        }
        return policy;
    }

    /** Reads a policy, or throws listing every problem with its line number. */
    public static Policy parse(String yaml) throws PolicyException {
        return new Reader().read(yaml);
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    /** The outcome this finding alone calls for, in this context. */
    public Outcome outcomeFor(Finding finding, CheckContext context) {
        Outcome outcome = table.get(finding.category()).get(finding.severity());
        Outcome byRule = rules.get(finding.rule());
        if (byRule != null) {
            outcome = byRule;
        }
        for (Override override : overrides) {
            if (override.appliesTo(context)) {
                Outcome overridden = override.outcomeFor(finding);
                if (overridden != null) {
                    outcome = overridden;
                }
            }
        }
        if (finding.confidence() < ignoreBelow) {
            outcome = Outcome.ALLOW;
        } else if (finding.confidence() < reviewBelow && outcome == Outcome.BLOCK) {
            // Unsure: a person decides rather than stopping the author outright.
            outcome = Outcome.REVIEW;
        }
        if (finding.severity() == Severity.CRITICAL) {
            outcome = Outcome.BLOCK;
        }
        return cap(outcome, context);
    }

    /** On a staff member's personal account the engine only ever advises. */
    Outcome cap(Outcome outcome, CheckContext context) {
        if (context.accountKind() == AccountKind.PERSONAL && outcome.compareTo(Outcome.ADVISE) > 0) {
            return Outcome.ADVISE;
        }
        return outcome;
    }

    @java.lang.Override
    public String toString() {
        return name + " " + version;
    }

    /** Walks the YAML node tree so every error can name its line. */
    private static final class Reader {

        private final List<String> errors = new ArrayList<>();

        Policy read(String yaml) throws PolicyException {
            Node root;
            try {
                LoaderOptions options = new LoaderOptions();
                options.setAllowDuplicateKeys(false);
                options.setMaxAliasesForCollections(10);
                options.setCodePointLimit(1_000_000);
                root = new Yaml(options).compose(new java.io.StringReader(yaml == null ? "" : yaml));
            } catch (MarkedYAMLException e) {
                int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
                throw new PolicyException(List.of("line " + line + ": not valid YAML: " + e.getProblem()));
            } catch (YAMLException e) {
                throw new PolicyException(List.of("line 1: not valid YAML: " + e.getMessage()));
            }
            if (!(root instanceof MappingNode top)) {
                throw new PolicyException(
                        List.of("line 1: a policy is a YAML mapping with at least 'name' and 'version'"));
            }
            String name = null;
            String version = null;
            double ignoreBelow = 0.0;
            double reviewBelow = 0.0;
            Map<Severity, Outcome> fallback = new EnumMap<>(BUILT_IN_DEFAULT);
            Map<Category, Map<Severity, Outcome>> categories = new EnumMap<>(Category.class);
            Map<String, Outcome> rules = new LinkedHashMap<>();
            List<Override> overrides = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : top.getValue()) {
                String key = key(tuple, TOP_KEYS, "policy setting", seen);
                if (key == null) {
                    continue;
                }
                Node value = tuple.getValueNode();
                switch (key) {
                    case "name" -> name = text(value, "name");
                    case "version" -> version = text(value, "version");
                    case "description" -> text(value, "description");
                    case "confidence" -> {
                        double[] thresholds = confidence(value);
                        ignoreBelow = thresholds[0];
                        reviewBelow = thresholds[1];
                    }
                    case "default" -> fallback.putAll(severityRow(value, true));
                    case "categories" -> categories.putAll(categoryTable(value, true));
                    case "rules" -> rules.putAll(ruleTable(value));
                    case "overrides" -> overrides.addAll(overrides(value));
                    default -> throw new IllegalStateException(key);
                }
            }
            if (name == null || name.isBlank()) {
                errors.add(line(top) + "the policy needs a 'name'");
            }
            if (version == null || version.isBlank()) {
                errors.add(line(top) + "the policy needs a 'version', for example version: 2025.1");
            }
            if (!errors.isEmpty()) {
                throw new PolicyException(errors);
            }
            Map<Category, Map<Severity, Outcome>> table = new EnumMap<>(Category.class);
            for (Category category : Category.values()) {
                Map<Severity, Outcome> row = new EnumMap<>(fallback);
                row.putAll(categories.getOrDefault(category, Map.of()));
                table.put(category, row);
            }
            return new Policy(
                    name, version, ignoreBelow, reviewBelow, table, Map.copyOf(rules), List.copyOf(overrides));
        }

        private double[] confidence(Node node) {
            double[] thresholds = {0.0, 0.0};
            MappingNode map = mapping(node, "confidence");
            if (map == null) {
                return thresholds;
            }
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : map.getValue()) {
                String key = key(tuple, Set.of("ignoreBelow", "reviewBelow"), "confidence setting", seen);
                if (key == null) {
                    continue;
                }
                Node value = tuple.getValueNode();
                String raw = text(value, key);
                if (raw == null) {
                    continue;
                }
                try {
                    double number = Double.parseDouble(raw);
                    if (number < 0 || number > 1) {
                        errors.add(line(value) + key + " must be between 0 and 1, not " + raw);
                    }
                    thresholds[key.equals("ignoreBelow") ? 0 : 1] = number;
                } catch (NumberFormatException e) {
                    errors.add(line(value) + key + " must be a number between 0 and 1, not '" + raw + "'");
                }
            }
            return thresholds;
        }

        private Map<Category, Map<Severity, Outcome>> categoryTable(Node node, boolean checkCritical) {
            Map<Category, Map<Severity, Outcome>> table = new EnumMap<>(Category.class);
            MappingNode map = mapping(node, "categories");
            if (map == null) {
                return table;
            }
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : map.getValue()) {
                String key = scalarKey(tuple, seen);
                if (key == null) {
                    continue;
                }
                Category category = constant(Category.class, key);
                if (category == null) {
                    errors.add(line(tuple.getKeyNode()) + "unknown category '" + key + "' (expected one of "
                            + names(Category.values()) + ")");
                    continue;
                }
                table.put(category, severityRow(tuple.getValueNode(), checkCritical));
            }
            return table;
        }

        private Map<Severity, Outcome> severityRow(Node node, boolean checkCritical) {
            Map<Severity, Outcome> row = new EnumMap<>(Severity.class);
            MappingNode map = mapping(node, "severities");
            if (map == null) {
                return row;
            }
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : map.getValue()) {
                String key = scalarKey(tuple, seen);
                if (key == null) {
                    continue;
                }
                Severity severity = constant(Severity.class, key);
                if (severity == null) {
                    errors.add(line(tuple.getKeyNode()) + "unknown severity '" + key + "' (expected one of "
                            + names(Severity.values()) + ")");
                    continue;
                }
                Outcome outcome = outcome(tuple.getValueNode());
                if (outcome == null) {
                    continue;
                }
                if (checkCritical && severity == Severity.CRITICAL && outcome != Outcome.BLOCK) {
                    errors.add(line(tuple.getValueNode())
                            + "CRITICAL findings are always BLOCK on force accounts; a policy cannot lower them to "
                            + outcome);
                    continue;
                }
                row.put(severity, outcome);
            }
            return row;
        }

        private Map<String, Outcome> ruleTable(Node node) {
            Map<String, Outcome> table = new LinkedHashMap<>();
            MappingNode map = mapping(node, "rules");
            if (map == null) {
                return table;
            }
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : map.getValue()) {
                String key = scalarKey(tuple, seen);
                if (key == null) {
                    continue;
                }
                if (!RULE_ID.matcher(key).matches()) {
                    errors.add(line(tuple.getKeyNode()) + "'" + key
                            + "' is not a rule id (lower case words joined by dots, for example link.shortener)");
                    continue;
                }
                Outcome outcome = outcome(tuple.getValueNode());
                if (outcome != null) {
                    table.put(key, outcome);
                }
            }
            return table;
        }

        private List<Override> overrides(Node node) {
            List<Override> list = new ArrayList<>();
            if (!(node instanceof SequenceNode sequence)) {
                errors.add(line(node) + "'overrides' must be a list, each item starting with '- '");
                return list;
            }
            for (Node item : sequence.getValue()) {
                MappingNode map = mapping(item, "override");
                if (map == null) {
                    continue;
                }
                Set<AccountKind> kinds = EnumSet.noneOf(AccountKind.class);
                Set<Channel> channels = EnumSet.noneOf(Channel.class);
                Map<Category, Map<Severity, Outcome>> categories = new EnumMap<>(Category.class);
                Map<Severity, Outcome> fallback = new EnumMap<>(Severity.class);
                Map<String, Outcome> rules = new LinkedHashMap<>();
                Set<String> seen = new HashSet<>();
                for (NodeTuple tuple : map.getValue()) {
                    String key = key(tuple, OVERRIDE_KEYS, "override setting", seen);
                    if (key == null) {
                        continue;
                    }
                    Node value = tuple.getValueNode();
                    switch (key) {
                        case "name" -> text(value, "name");
                        case "accountKind" -> kinds.addAll(constants(AccountKind.class, value, "account kind"));
                        case "channel" -> channels.addAll(constants(Channel.class, value, "channel"));
                        case "default" -> fallback.putAll(severityRow(value, true));
                        case "categories" -> categories.putAll(categoryTable(value, true));
                        case "rules" -> rules.putAll(ruleTable(value));
                        default -> throw new IllegalStateException(key);
                    }
                }
                if (!fallback.isEmpty()) {
                    for (Category category : Category.values()) {
                        Map<Severity, Outcome> row = new EnumMap<>(Severity.class);
                        row.putAll(fallback);
                        row.putAll(categories.getOrDefault(category, Map.of()));
                        categories.put(category, row);
                    }
                }
                list.add(new Override(
                        Set.copyOf(kinds), Set.copyOf(channels), Map.copyOf(categories), Map.copyOf(rules)));
            }
            return list;
        }

        private <E extends Enum<E>> List<E> constants(Class<E> type, Node node, String what) {
            List<Node> items = node instanceof SequenceNode sequence ? sequence.getValue() : List.of(node);
            List<E> found = new ArrayList<>();
            for (Node item : items) {
                String raw = text(item, what);
                if (raw == null) {
                    continue;
                }
                E constant = constant(type, raw);
                if (constant == null) {
                    errors.add(line(item) + "unknown " + what + " '" + raw + "' (expected one of "
                            + names(type.getEnumConstants()) + ")");
                } else {
                    found.add(constant);
                }
            }
            return found;
        }

        private Outcome outcome(Node node) {
            String raw = text(node, "outcome");
            if (raw == null) {
                return null;
            }
            Outcome outcome = constant(Outcome.class, raw);
            if (outcome == null) {
                errors.add(
                        line(node) + "unknown outcome '" + raw + "' (expected one of " + names(Outcome.values()) + ")");
            }
            return outcome;
        }

        private String key(NodeTuple tuple, Set<String> allowed, String what, Set<String> seen) {
            String key = scalarKey(tuple, seen);
            if (key != null && !allowed.contains(key)) {
                errors.add(line(tuple.getKeyNode()) + "unknown " + what + " '" + key + "' (expected one of "
                        + allowed.stream().sorted().collect(Collectors.joining(", ")) + ")");
                return null;
            }
            return key;
        }

        private String scalarKey(NodeTuple tuple, Set<String> seen) {
            if (!(tuple.getKeyNode() instanceof ScalarNode scalar)) {
                errors.add(line(tuple.getKeyNode()) + "a key must be a plain word");
                return null;
            }
            String key = scalar.getValue();
            if (!seen.add(key)) {
                errors.add(line(scalar) + "'" + key + "' appears twice");
                return null;
            }
            return key;
        }

        private MappingNode mapping(Node node, String what) {
            if (node instanceof MappingNode map) {
                return map;
            }
            errors.add(line(node) + "'" + what + "' must be a mapping of 'key: value' lines");
            return null;
        }

        private String text(Node node, String what) {
            if (node instanceof ScalarNode scalar) {
                return scalar.getValue();
            }
            errors.add(line(node) + "'" + what + "' must be a single value");
            return null;
        }

        private static <E extends Enum<E>> E constant(Class<E> type, String raw) {
            String wanted = raw.strip().toUpperCase(Locale.ROOT);
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(wanted)) {
                    return constant;
                }
            }
            return null;
        }

        private static String names(Enum<?>[] values) {
            return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
        }

        private static String line(Node node) {
            return "line " + (node.getStartMark().getLine() + 1) + ": ";
        }
    }
}
