package org.postwatch.archive.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.postwatch.archive.ArchiveRecordView;
import org.postwatch.audit.AuditProof;
import org.postwatch.audit.AuditRecord;
import org.postwatch.audit.Checkpoint;
import org.postwatch.platform.LondonTime;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lays out an evidential export: each record as JSON, its canonical content and a readable page; the audit entries,
 * the checkpoint and the public key; and {@code SHA256SUMS} (the format {@code sha256sum -c} reads) signed with the
 * audit key.
 */
@Component
public class EvidencePackage {

    public static final String MANIFEST = "SHA256SUMS";
    public static final String MANIFEST_SIGNATURE = "SHA256SUMS.sig";
    public static final String PUBLIC_KEY = "audit/public-key.pem";
    public static final String ENTRIES = "audit/entries.json";
    public static final String CHECKPOINT_PAYLOAD = "audit/checkpoint.txt";
    public static final String CHECKPOINT_SIGNATURE = "audit/checkpoint.sig";

    /** Who exported what, when, and why. */
    public record Manifest(
            UUID exportId, String forceName, String forceCode, String exportedBy, String purpose, Instant exportedAt) {}

    /** One record to export, with the holds on it and its review history. */
    public record Item(StoredRecord record, ArchiveRecordView view, List<String> holds, List<String> reviewHistory) {}

    private final ITemplateEngine templates;
    private final JsonMapper json =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private final LondonTime london = new LondonTime();

    EvidencePackage(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] build(
            Manifest manifest,
            List<Item> items,
            List<AuditRecord> entries,
            Checkpoint checkpoint,
            String publicKeyPem,
            String keyId,
            UnaryOperator<byte[]> signer) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("README.txt", readme(manifest, keyId).getBytes(StandardCharsets.UTF_8));
        files.put("export.json", json.writeValueAsBytes(exportJson(manifest, items.size(), keyId)));
        List<Map<String, Object>> index = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String dir = String.format(
                    Locale.ROOT, "records/%03d-%s/", i + 1, item.view().id());
            files.put(dir + "record.json", json.writeValueAsBytes(recordJson(item)));
            if (!item.view().disposed()) {
                files.put(
                        dir + "content.json",
                        ContentHash.canonical(item.record().entry()));
            }
            files.put(
                    dir + "record.html",
                    html(
                            "archive/evidence-record",
                            Map.of(
                                    "manifest",
                                    manifest,
                                    "item",
                                    item.view(),
                                    "holds",
                                    item.holds(),
                                    "history",
                                    item.reviewHistory(),
                                    "london",
                                    london)));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("view", item.view());
            row.put("dir", dir);
            index.add(row);
        }
        files.put(
                "index.html",
                html(
                        "archive/evidence-index",
                        Map.of(
                                "manifest",
                                manifest,
                                "rows",
                                index,
                                "entries",
                                entries,
                                "checkpoint",
                                checkpoint,
                                "keyId",
                                keyId,
                                "london",
                                london)));
        files.put(ENTRIES, json.writeValueAsBytes(entriesJson(entries)));
        files.put("audit/checkpoint.json", json.writeValueAsBytes(checkpointJson(checkpoint)));
        files.put(CHECKPOINT_PAYLOAD, checkpoint.payload());
        files.put(CHECKPOINT_SIGNATURE, checkpoint.signature());
        files.put(PUBLIC_KEY, publicKeyPem.getBytes(StandardCharsets.US_ASCII));

        StringBuilder sums = new StringBuilder();
        new TreeMap<>(files)
                .forEach((path, bytes) -> sums.append(AuditProof.sha256Hex(bytes))
                        .append("  ")
                        .append(path)
                        .append('\n'));
        byte[] manifestBytes = sums.toString().getBytes(StandardCharsets.US_ASCII);
        files.put(MANIFEST, manifestBytes);
        files.put(MANIFEST_SIGNATURE, signer.apply(manifestBytes));
        return zip(files, manifest.exportedAt());
    }

    private static byte[] zip(Map<String, byte[]> files, Instant at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (var file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setLastModifiedTime(FileTime.from(at));
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private byte[] html(String template, Map<String, Object> variables) {
        Context context = new Context(Locale.UK);
        context.setVariables(variables);
        return templates.process(template, context).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> exportJson(Manifest manifest, int records, String keyId) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("format", "postwatch-evidence-export/v1");
        export.put("exportId", manifest.exportId().toString());
        export.put("force", manifest.forceName());
        export.put("forceCode", manifest.forceCode());
        export.put("exportedBy", manifest.exportedBy());
        export.put("exportedAt", manifest.exportedAt().toString());
        export.put("purpose", manifest.purpose());
        export.put("records", records);
        export.put("signingKeyId", keyId);
        return export;
    }

    private static Map<String, Object> recordJson(Item item) {
        ArchiveRecordView view = item.view();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", view.id().toString());
        record.put("type", view.type().name());
        record.put("typeLabel", view.type().label());
        record.put("recordId", view.recordId());
        record.put("version", view.version());
        record.put("account", view.account());
        record.put("authorStaffId", view.author() == null ? null : view.author().toString());
        record.put("authorName", view.authorName());
        record.put("occurredAt", view.occurredAt().toString());
        record.put("title", view.title());
        record.put("content", view.content());
        record.put("metadata", new TreeMap<>(view.metadata()));
        record.put("outcome", view.outcome());
        record.put("categories", view.categories());
        record.put("contentSha256", view.contentSha256());
        record.put("keptAt", view.keptAt().toString());
        record.put("status", view.disposed() ? "DISPOSED" : "KEPT");
        record.put(
                "reviewDue", view.reviewDue() == null ? null : view.reviewDue().toString());
        if (view.disposed()) {
            record.put("disposedAt", view.disposedAt().toString());
            record.put("disposedBy", view.disposedBy());
            record.put("disposalReason", view.disposalReason());
        }
        record.put("legalHolds", item.holds());
        record.put("reviewHistory", item.reviewHistory());
        return record;
    }

    private static Map<String, Object> entriesJson(List<AuditRecord> entries) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", "postwatch-audit-entries/v1");
        document.put("encoding", "docs/audit.md: each hash is SHA-256 over the length-prefixed fields and prevHash");
        document.put("entries", entries.stream().map(EvidencePackage::entryJson).toList());
        return document;
    }

    public static Map<String, Object> entryJson(AuditRecord entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("force", entry.force().toString());
        json.put("seq", entry.seq());
        json.put("occurredAt", entry.occurredAt().toString());
        json.put("actorId", entry.actorId() == null ? null : entry.actorId().toString());
        json.put("actorName", entry.actorName());
        json.put("action", entry.action());
        json.put("recordType", entry.recordType());
        json.put("recordId", entry.recordId());
        json.put("reason", entry.reason());
        json.put("sourceIp", entry.sourceIp());
        json.put("details", new TreeMap<>(entry.details()));
        json.put("prevHash", entry.prevHashHex());
        json.put("hash", entry.hashHex());
        return json;
    }

    private static Map<String, Object> checkpointJson(Checkpoint checkpoint) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", Checkpoint.FORMAT);
        json.put("force", checkpoint.force().toString());
        json.put("seq", checkpoint.seq());
        json.put("headHash", checkpoint.headHashHex());
        json.put("signedAt", checkpoint.signedAt().toString());
        json.put("keyId", checkpoint.keyId());
        json.put("signature", checkpoint.signatureBase64());
        json.put("payload", checkpoint.payloadText());
        return json;
    }

    private static String readme(Manifest manifest, String keyId) {
        return """
                Postwatch evidential export
                ===========================

                Force:        %s
                Exported by:  %s
                Exported at:  %s (UTC)
                Purpose:      %s
                Export id:    %s
                Signing key:  %s

                Open index.html to read the records. Each record's folder holds record.json (everything
                Postwatch knows about it), content.json (the exact bytes whose SHA-256 is the record's
                content hash, kept since the record was archived) and record.html.

                audit/entries.json holds the audit trail's entries about these records; audit/checkpoint.txt
                is a signed statement of the audit chain's head that covers them.

                How to check this export has not been changed
                ---------------------------------------------
                With Postwatch:
                    java -jar postwatch.jar archive verify-export <this file>.zip

                With standard tools, in the folder this ZIP was unpacked into:
                    sha256sum -c SHA256SUMS
                    openssl pkeyutl -verify -pubin -inkey audit/public-key.pem -rawin \\
                        -in SHA256SUMS -sigfile SHA256SUMS.sig
                    openssl pkeyutl -verify -pubin -inkey audit/public-key.pem -rawin \\
                        -in audit/checkpoint.txt -sigfile audit/checkpoint.sig

                Every file is listed in SHA256SUMS; the signature shows SHA256SUMS was written by the
                Postwatch installation holding the key %s. Compare that key id with the one
                your force publishes (Audit > Verify the chain > Download public key), because anyone can
                make a new key.
                """.formatted(
                        manifest.forceName(),
                        manifest.exportedBy(),
                        manifest.exportedAt(),
                        manifest.purpose(),
                        manifest.exportId(),
                        keyId,
                        keyId);
    }
}
