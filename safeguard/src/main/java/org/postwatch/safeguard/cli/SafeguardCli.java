package org.postwatch.safeguard.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.postwatch.safeguard.detectors.Detectors;
import org.postwatch.safeguard.engine.Policy;
import org.postwatch.safeguard.engine.PolicyException;
import org.postwatch.safeguard.engine.SafeguardEngine;

/**
 * {@code java -jar postwatch-safeguard.jar check|evaluate ...}: see {@link #USAGE}. Exit codes: 0 done, 1 the
 * input could not be read, 2 bad arguments or an invalid policy.
 */
public final class SafeguardCli {

    static final String USAGE = """
            Usage:
              check [--policy FILE] [--rules-only] [FILE]
                  Reads JSONL {"id","text"[,"channel","accountKind"]} from FILE or stdin and writes one
                  JSONL result per line: {"id","outcome","categories","findings":[...]}.
              evaluate --labels FILE.jsonl [--labels FILE2.jsonl ...] [--policy FILE] [--rules-only] [--max-wrong N]
                  Checks labelled examples (the shared/datasets format) and prints precision, recall and F1
                  per category, the false-positive rate on clean items, personal-data span recall, and the
                  items it got wrong. --labels may also name a directory of *.jsonl files.
              The on-device model runs after the rules: the implicit-abuse classifier and the contempt,
                  operational, political and commercial meaning heads (loading it takes a few seconds, then about 8-10 ms
                  for a full post). --rules-only leaves it out
                  (about 0.04 ms per post); --classifier insists on it (an error if the model cannot load;
                  otherwise a warning and rules only).
            """;

    private SafeguardCli() {}

    public static void main(String[] args) {
        System.exit(run(
                args,
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                System.out,
                System.err));
    }

    static int run(String[] args, Reader stdin, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            err.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String command = args[0];
        String policyFile = null;
        List<String> labels = new ArrayList<>();
        List<String> positional = new ArrayList<>();
        int maxWrong = Integer.MAX_VALUE;
        boolean classifier = true;
        boolean classifierRequired = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--classifier" -> classifierRequired = true;
                case "--rules-only" -> classifier = false;
                case "--policy", "--labels", "--max-wrong" -> {
                    if (i + 1 >= args.length) {
                        err.println(arg + " needs a value");
                        err.print(USAGE);
                        return 2;
                    }
                    String value = args[++i];
                    if (arg.equals("--policy")) {
                        policyFile = value;
                    } else if (arg.equals("--labels")) {
                        labels.add(value);
                    } else {
                        try {
                            maxWrong = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            err.println("--max-wrong needs a number, not " + value);
                            return 2;
                        }
                    }
                }
                default -> {
                    if (arg.startsWith("--")) {
                        err.println("Unknown option " + arg);
                        err.print(USAGE);
                        return 2;
                    }
                    positional.add(arg);
                }
            }
        }
        SafeguardEngine engine;
        try {
            Policy policy =
                    policyFile == null ? Policy.defaultPolicy() : Policy.parse(Files.readString(Path.of(policyFile)));
            engine = Detectors.engine(policy);
            if (classifier) {
                try {
                    engine = Detectors.withClassifier(policy);
                } catch (IllegalStateException | LinkageError e) {
                    if (classifierRequired) {
                        err.println(e.getMessage());
                        return 2;
                    }
                    err.println("warning: checking with the rules only: " + e.getMessage());
                }
            }
        } catch (PolicyException e) {
            err.println(policyFile + ": " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("Cannot read policy " + policyFile + ": " + e.getMessage());
            return 1;
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            return 2;
        }
        try {
            return switch (command) {
                case "check" -> {
                    if (positional.size() > 1) {
                        err.println("check reads one file (or stdin)");
                        yield 2;
                    }
                    if (positional.isEmpty()) {
                        BulkCheck.run(engine, stdin, out);
                    } else {
                        try (Reader in = Files.newBufferedReader(Path.of(positional.get(0)), StandardCharsets.UTF_8)) {
                            BulkCheck.run(engine, in, out);
                        }
                    }
                    yield 0;
                }
                case "evaluate" -> {
                    if (labels.isEmpty()) {
                        err.println("evaluate needs --labels FILE.jsonl");
                        err.print(USAGE);
                        yield 2;
                    }
                    Evaluation.Result result = Evaluation.run(engine, LabelledItem.load(labels));
                    result.print(out, maxWrong);
                    yield 0;
                }
                default -> {
                    err.println("Unknown command " + command);
                    err.print(USAGE);
                    yield 2;
                }
            };
        } catch (IOException e) {
            err.println("Cannot read input: " + e.getMessage());
            return 1;
        }
    }
}
