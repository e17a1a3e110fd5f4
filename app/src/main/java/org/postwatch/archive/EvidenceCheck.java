package org.postwatch.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.postwatch.audit.AuditProof;
import org.postwatch.audit.AuditRecord;
import org.postwatch.platform.ForceId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an evidential export offline, with nothing but the ZIP: every file against the manifest, the manifest's and
 * the checkpoint's signatures, every audit entry's hash and every record's content hash. Run as
 * {@code java -jar postwatch.jar archive verify-export <file.zip>}; exits 0 when everything checks, 1 when not.
 */
public final class EvidenceCheck {

    private static final long MAX_BYTES = 1L << 30;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EvidenceCheck() {}

    /** What the check found. */
    public record Result(List<String> problems, List<String> checked, String keyId) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public static boolean requested(String... args) {
        return args.length >= 2 && args[0].equals("archive") && args[1].equals("verify-export");
    }

    public static int run(String[] args, PrintStream out) {
        if (args.length != 3) {
            out.println("Usage: java -jar postwatch.jar archive verify-export <export.zip>");
            return 2;
        }
        Result result;
        try {
            result = check(Files.readAllBytes(Path.of(args[2])));
        } catch (IOException e) {
            out.println("Could not read " + args[2] + ": " + e.getMessage());
            return 2;
        }
        result.checked().forEach(line -> out.println("ok    " + line));
        result.problems().forEach(line -> out.println("FAIL  " + line));
        if (result.valid()) {
            out.println("The export is intact and signed by key " + result.keyId()
                    + ". Compare this key id with the one your force publishes.");
            return 0;
        }
        out.println("THE EXPORT DOES NOT VERIFY: " + result.problems().size() + " problem(s) above.");
        return 1;
    }

    public static Result check(byte[] zip) {
        List<String> problems = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        Map<String, byte[]> files;
        try {
            files = unzip(zip);
        } catch (IOException | IllegalArgumentException e) {
            return new Result(List.of("Not a readable ZIP: " + e.getMessage()), checked, null);
        }
        byte[] manifest = files.get("SHA256SUMS");
        byte[] manifestSignature = files.get("SHA256SUMS.sig");
        byte[] publicKeyPem = files.get("audit/public-key.pem");
        if (manifest == null || manifestSignature == null || publicKeyPem == null) {
            return new Result(List.of("SHA256SUMS, SHA256SUMS.sig or audit/public-key.pem is missing"), checked, null);
        }
        PublicKey key;
        try {
            key = AuditProof.readPublicKey(new String(publicKeyPem, StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            return new Result(List.of("audit/public-key.pem: " + e.getMessage()), checked, null);
        }
        String keyId = AuditProof.keyId(key);

        if (AuditProof.signatureValid(key, manifest, manifestSignature)) {
            checked.add("SHA256SUMS is signed by key " + keyId);
        } else {
            problems.add("SHA256SUMS.sig does not match SHA256SUMS: the manifest was changed or signed by another key");
        }
        Map<String, String> listed = new LinkedHashMap<>();
        for (String line : new String(manifest, StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int gap = line.indexOf("  ");
            if (gap != 64) {
                problems.add("SHA256SUMS has a malformed line: " + line);
                continue;
            }
            listed.put(line.substring(gap + 2), line.substring(0, gap));
        }
        int matching = 0;
        for (var item : listed.entrySet()) {
            byte[] bytes = files.get(item.getKey());
            if (bytes == null) {
                problems.add(item.getKey() + " is listed in SHA256SUMS but missing");
            } else if (!AuditProof.sha256Hex(bytes).equals(item.getValue())) {
                problems.add(item.getKey() + " has been changed: its SHA-256 does not match SHA256SUMS");
            } else {
                matching++;
            }
        }
        for (String name : files.keySet()) {
            if (!listed.containsKey(name) && !name.equals("SHA256SUMS") && !name.equals("SHA256SUMS.sig")) {
                problems.add(name + " is not listed in SHA256SUMS: it was added after export");
            }
        }
        checked.add(matching + " of " + listed.size() + " files match SHA256SUMS");

        checkCheckpoint(files, key, problems, checked);
        long newestEntry = checkEntries(files, problems, checked);
        checkCoverage(files, newestEntry, problems);
        checkRecords(files, problems, checked);
        return new Result(problems, checked, keyId);
    }

    private static void checkCheckpoint(
            Map<String, byte[]> files, PublicKey key, List<String> problems, List<String> checked) {
        byte[] payload = files.get("audit/checkpoint.txt");
        byte[] signature = files.get("audit/checkpoint.sig");
        if (payload == null || signature == null) {
            problems.add("The audit checkpoint (audit/checkpoint.txt and .sig) is missing");
        } else if (AuditProof.signatureValid(key, payload, signature)) {
            checked.add("The audit checkpoint is signed by the same key");
        } else {
            problems.add("audit/checkpoint.sig does not match audit/checkpoint.txt");
        }
    }

    private static long checkEntries(Map<String, byte[]> files, List<String> problems, List<String> checked) {
        byte[] bytes = files.get("audit/entries.json");
        if (bytes == null) {
            problems.add("audit/entries.json is missing");
            return 0;
        }
        long newest = 0;
        int good = 0;
        int total = 0;
        try {
            for (JsonNode node : JSON.readTree(bytes).path("entries")) {
                total++;
                AuditRecord entry = entry(node);
                newest = Math.max(newest, entry.seq());
                if (AuditProof.hashMatches(entry)) {
                    good++;
                } else {
                    problems.add("Audit entry #" + entry.seq() + " (" + entry.action()
                            + ") does not match its hash: it was changed after it was recorded");
                }
            }
        } catch (RuntimeException e) {
            problems.add("audit/entries.json cannot be read: " + e.getMessage());
            return newest;
        }
        checked.add(good + " of " + total + " audit entries match their hashes");
        return newest;
    }

    private static void checkCoverage(Map<String, byte[]> files, long newestEntry, List<String> problems) {
        byte[] payload = files.get("audit/checkpoint.txt");
        if (payload == null) {
            return;
        }
        for (String line : new String(payload, StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("seq: ") && Long.parseLong(line.substring(5).trim()) < newestEntry) {
                problems.add("The checkpoint (entry #" + line.substring(5).trim()
                        + ") is older than the newest audit entry in the export (#" + newestEntry + ")");
            }
        }
    }

    private static void checkRecords(Map<String, byte[]> files, List<String> problems, List<String> checked) {
        int records = 0;
        for (var file : files.entrySet()) {
            if (!file.getKey().startsWith("records/") || !file.getKey().endsWith("/record.json")) {
                continue;
            }
            records++;
            String dir = file.getKey().substring(0, file.getKey().length() - "record.json".length());
            try {
                JsonNode record = JSON.readTree(file.getValue());
                String hash = record.path("contentSha256").asString();
                byte[] content = files.get(dir + "content.json");
                boolean disposed = "DISPOSED".equals(record.path("status").asString());
                if (content == null && !disposed) {
                    problems.add(dir + "content.json is missing");
                } else if (content != null && !AuditProof.sha256Hex(content).equals(hash)) {
                    problems.add(dir + "content.json does not match the record's content hash " + hash);
                }
            } catch (RuntimeException e) {
                problems.add(file.getKey() + " cannot be read: " + e.getMessage());
            }
        }
        checked.add(records + " records checked against their content hashes");
    }

    private static AuditRecord entry(JsonNode node) {
        Map<String, String> details = new LinkedHashMap<>();
        node.path("details")
                .properties()
                .forEach(field -> details.put(field.getKey(), field.getValue().asString()));
        return new AuditRecord(
                ForceId.of(node.path("force").asString()),
                node.path("seq").asLong(),
                Instant.parse(node.path("occurredAt").asString()),
                text(node, "actorId") == null ? null : UUID.fromString(text(node, "actorId")),
                text(node, "actorName"),
                text(node, "action"),
                text(node, "recordType"),
                text(node, "recordId"),
                text(node, "reason"),
                text(node, "sourceIp"),
                details,
                HexFormat.of().parseHex(node.path("prevHash").asString()),
                HexFormat.of().parseHex(node.path("hash").asString()));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (entry.getName().contains("..") || entry.getName().startsWith("/")) {
                    throw new IllegalArgumentException("unsafe file name " + entry.getName());
                }
                byte[] bytes = readLimited(in, MAX_BYTES - total);
                total += bytes.length;
                if (files.put(entry.getName(), bytes) != null) {
                    throw new IllegalArgumentException("the file " + entry.getName() + " appears twice");
                }
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("it holds no files");
        }
        return files;
    }

    private static byte[] readLimited(InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > limit) {
            throw new IllegalArgumentException("it unpacks to more than 1 GB");
        }
        return bytes;
    }
}
