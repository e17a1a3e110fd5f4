package org.postwatch.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postwatch.audit.AuditProof;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.Tenancy;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostwatchIntegrationTest
class EvidenceExportTests {

    @Autowired
    ArchiveRecords records;

    @Autowired
    EvidenceExports exports;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anExportVerifiesWithNothingButTheZip() throws IOException {
        EvidenceExport export = exportTwoRecords();

        EvidenceCheck.Result result = EvidenceCheck.check(export.zip());

        assertThat(result.problems()).isEmpty();
        assertThat(result.valid()).isTrue();
        Map<String, byte[]> files = unzip(export.zip());
        assertThat(files.keySet())
                .contains(
                        "SHA256SUMS",
                        "SHA256SUMS.sig",
                        "index.html",
                        "audit/entries.json",
                        "audit/checkpoint.txt",
                        "audit/public-key.pem");
        String entries = new String(files.get("audit/entries.json"), StandardCharsets.UTF_8);
        assertThat(entries).contains("archive.kept", "archive.record-viewed");
        files.entrySet().stream()
                .filter(file -> file.getKey().endsWith("/record.json"))
                .forEach(file -> {
                    String dir = file.getKey().replace("record.json", "");
                    assertThat(new String(file.getValue(), StandardCharsets.UTF_8))
                            .contains(AuditProof.sha256Hex(files.get(dir + "content.json")));
                });
    }

    @Test
    void aChangedFileFailsVerification() throws IOException {
        EvidenceExport export = exportTwoRecords();
        Map<String, byte[]> files = unzip(export.zip());
        String page = files.keySet().stream()
                .filter(name -> name.endsWith("record.html"))
                .findFirst()
                .orElseThrow();
        files.put(
                page,
                new String(files.get(page), StandardCharsets.UTF_8)
                        .replace("Sam Archer", "Someone Else")
                        .getBytes(StandardCharsets.UTF_8));

        EvidenceCheck.Result result = EvidenceCheck.check(zip(files));

        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).anySatisfy(problem -> assertThat(problem).contains(page + " has been changed"));
    }

    @Test
    void aChangedFileWithARecomputedManifestFailsOnTheSignature() throws IOException {
        EvidenceExport export = exportTwoRecords();
        Map<String, byte[]> files = unzip(export.zip());
        String content = files.keySet().stream()
                .filter(name -> name.endsWith("content.json"))
                .findFirst()
                .orElseThrow();
        byte[] changed = new String(files.get(content), StandardCharsets.UTF_8)
                .replace("suspect", "witness")
                .getBytes(StandardCharsets.UTF_8);
        files.put(content, changed);
        String manifest = new String(files.get("SHA256SUMS"), StandardCharsets.US_ASCII);
        String line = manifest.lines()
                .filter(l -> l.endsWith("  " + content))
                .findFirst()
                .orElseThrow();
        files.put(
                "SHA256SUMS",
                manifest.replace(line, AuditProof.sha256Hex(changed) + "  " + content)
                        .getBytes(StandardCharsets.US_ASCII));

        EvidenceCheck.Result result = EvidenceCheck.check(zip(files));

        assertThat(result.problems())
                .anySatisfy(problem -> assertThat(problem).contains("SHA256SUMS.sig does not match"))
                .anySatisfy(problem -> assertThat(problem).contains("does not match the record's content hash"));
    }

    @Test
    void anAddedFileFailsVerification() throws IOException {
        Map<String, byte[]> files = unzip(exportTwoRecords().zip());
        files.put("records/extra.txt", "planted".getBytes(StandardCharsets.UTF_8));

        assertThat(EvidenceCheck.check(zip(files)).problems())
                .anySatisfy(problem -> assertThat(problem).contains("records/extra.txt is not listed"));
    }

    @Test
    void theDocumentedShellProcedureVerifiesTheExport(@TempDir Path dir) throws Exception {
        assumeTrue(
                Files.isExecutable(Path.of("/usr/bin/openssl")) && Files.isExecutable(Path.of("/usr/bin/sha256sum")),
                "needs openssl and sha256sum");
        for (var file : unzip(exportTwoRecords().zip()).entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }

        assertThat(run(dir, "sha256sum", "-c", "--quiet", "SHA256SUMS")).isZero();
        assertThat(run(
                        dir,
                        "openssl",
                        "pkeyutl",
                        "-verify",
                        "-pubin",
                        "-inkey",
                        "audit/public-key.pem",
                        "-rawin",
                        "-in",
                        "SHA256SUMS",
                        "-sigfile",
                        "SHA256SUMS.sig"))
                .isZero();
        assertThat(run(
                        dir,
                        "openssl",
                        "pkeyutl",
                        "-verify",
                        "-pubin",
                        "-inkey",
                        "audit/public-key.pem",
                        "-rawin",
                        "-in",
                        "audit/checkpoint.txt",
                        "-sigfile",
                        "audit/checkpoint.sig"))
                .isZero();
        Files.writeString(dir.resolve("index.html"), "changed");
        assertThat(run(dir, "sha256sum", "-c", "--quiet", "SHA256SUMS")).isNotZero();
    }

    @Test
    void theExportIsRecordedAgainstItselfAndEveryRecordInIt() {
        var psd = demo.user("glo.psd");
        var handler = demo.user("glo.handler");
        ArchiveRecordId id = SignedIn.as(
                handler,
                () -> records.keep(ArchiveFixtures.publishedPost(
                        handler,
                        "@GlosPoliceDogs",
                        "Recorded export " + ArchiveFixtures.uniqueWord(),
                        Duration.ofDays(4))));

        EvidenceExport export = SignedIn.as(psd, () -> exports.export(List.of(id), "Hearing PSD-2026-0007"));

        List<Map<String, Object>> trail =
                Tenancy.asSystem(() -> jdbc.sql("select action, reason, details->>'sha256' as sha256 from audit.entry"
                                + " where details->>'sha256' = ? order by seq")
                        .param(export.sha256())
                        .query()
                        .listOfRows());
        assertThat(trail)
                .extracting(row -> row.get("action"))
                .containsExactly("archive.exported", "archive.record-exported");
        assertThat(trail).extracting(row -> row.get("reason")).containsOnly("Hearing PSD-2026-0007");
        assertThatThrownBy(() -> SignedIn.as(psd, () -> exports.export(List.of(id), " ")))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> SignedIn.as(demo.user("glo.reviewer"), () -> exports.export(List.of(id), "x")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private EvidenceExport exportTwoRecords() {
        var handler = demo.user("glo.handler");
        var psd = demo.user("glo.psd");
        String word = ArchiveFixtures.uniqueWord();
        ArchiveRecordId post = SignedIn.as(
                handler,
                () -> records.keep(ArchiveFixtures.publishedPost(
                        handler,
                        "@GlosPoliceDogs",
                        "PD Bruno tracked the suspect to a shed " + word,
                        Duration.ofDays(5))));
        ArchiveRecordId check = SignedIn.as(
                handler,
                () -> records.keep(ArchiveFixtures.checkDecision(
                        handler, "@GlosPoliceDogs", "PD Bruno tracked the suspect " + word, Duration.ofDays(5))));
        SignedIn.as(psd, () -> records.view(post));
        return SignedIn.as(psd, () -> exports.export(List.of(post, check), "Misconduct hearing PSD-2026-0142"));
    }

    private static int run(Path dir, String... command) throws Exception {
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        process.getInputStream().readAllBytes();
        return process.waitFor();
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
